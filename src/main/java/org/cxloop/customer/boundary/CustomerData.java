package org.cxloop.customer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.cxloop.customer.entity.Customer;

/**
 * A customer as the API ({@code /customers}), the customer screen and the CSV import exchange it. The external id is
 * the host CRM/ERP's key and never changes.
 */
public class CustomerData {

    static final String NO_CONTROL = "[^\\p{Cntrl}]*";
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    @NotBlank(message = "{cxloop.field.required}")
    @Size(max = 100, message = "{cxloop.field.size}")
    @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
    public String externalId;

    @Email(message = "{cxloop.field.email}")
    @Size(max = 254, message = "{cxloop.field.size}")
    @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
    public String email;

    @Pattern(regexp = "\\+?[0-9 ()-]{3,32}", message = "{cxloop.field.phone}")
    public String phone;

    @Size(max = 64, message = "{cxloop.field.size}")
    @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
    public String segment;

    @Pattern(regexp = "pl|en", message = "{cxloop.user.language}")
    public String language = "pl";

    @NotNull(message = "{cxloop.field.required}")
    @Valid
    public Contact contact = new Contact();

    @NotNull(message = "{cxloop.field.required}")
    @Valid
    public Consent consent = new Consent();

    /** Channel and quiet hours. */
    public static class Contact {
        @Pattern(regexp = "email|phone|sms|none", message = "{cxloop.customer.channel}")
        public String channel = "email";

        @Pattern(regexp = TIME, message = "{cxloop.field.time}")
        public String quietFrom;

        @Pattern(regexp = TIME, message = "{cxloop.field.time}")
        public String quietTo;

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public String getQuietFrom() {
            return quietFrom;
        }

        public void setQuietFrom(String quietFrom) {
            this.quietFrom = blankToNull(quietFrom);
        }

        public String getQuietTo() {
            return quietTo;
        }

        public void setQuietTo(String quietTo) {
            this.quietTo = blankToNull(quietTo);
        }
    }

    /** The privacy consent: the decision, when it was made (ISO-8601, optional) and the policy version. */
    public static class Consent {
        public Boolean given;

        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})",
                message = "{cxloop.field.instant}")
        public String at;

        @Size(max = 32, message = "{cxloop.field.size}")
        @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
        public String policyVersion;

        public Boolean getGiven() {
            return given;
        }

        public void setGiven(Boolean given) {
            this.given = given;
        }

        public String getPolicyVersion() {
            return policyVersion;
        }

        public void setPolicyVersion(String policyVersion) {
            this.policyVersion = blankToNull(policyVersion);
        }

        public String getAt() {
            return at;
        }
    }

    public static CustomerData of(Customer c) {
        CustomerData data = new CustomerData();
        data.externalId = c.getExternalId();
        data.email = c.getEmail();
        data.phone = c.getPhone();
        data.segment = c.getSegment();
        data.language = c.getLanguage();
        data.contact.channel = c.getChannel().name().toLowerCase(Locale.ROOT);
        data.contact.quietFrom = c.getQuietFrom();
        data.contact.quietTo = c.getQuietTo();
        data.consent.given = c.getConsentGiven();
        data.consent.at = c.getConsentAt() == null ? null : c.getConsentAt().toString();
        data.consent.policyVersion = c.getConsentPolicy();
        return data;
    }

    /** Blank texts from forms and CSV files mean "not given". */
    CustomerData normalised() {
        externalId = externalId == null ? null : externalId.strip();
        email = blankToNull(email);
        phone = blankToNull(phone);
        segment = blankToNull(segment);
        language = language == null || language.isBlank() ? "pl" : language.strip().toLowerCase(Locale.ROOT);
        if (contact != null) {
            contact.channel = contact.channel == null || contact.channel.isBlank() ? "email"
                    : contact.channel.strip().toLowerCase(Locale.ROOT);
            contact.quietFrom = blankToNull(contact.quietFrom);
            contact.quietTo = blankToNull(contact.quietTo);
        }
        if (consent != null) {
            consent.at = blankToNull(consent.at);
            consent.policyVersion = blankToNull(consent.policyVersion);
        }
        return this;
    }

    Customer.Channel channel() {
        return Customer.Channel.valueOf(contact.channel.toUpperCase(Locale.ROOT));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Contact getContact() {
        return contact;
    }

    public Consent getConsent() {
        return consent;
    }
}
