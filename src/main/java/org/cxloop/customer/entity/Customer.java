package org.cxloop.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer of the host business, known by the id the host's CRM or ERP gives it. */
@Entity
@Table(name = "CX_CUSTOMER")
@NamedQuery(name = Customer.BY_EXTERNAL_ID, query = "SELECT c FROM Customer c WHERE c.externalId = :externalId")
@NamedQuery(name = Customer.SEGMENTS,
        query = "SELECT DISTINCT c.segment FROM Customer c WHERE c.segment IS NOT NULL ORDER BY c.segment")
public class Customer {

    public static final String BY_EXTERNAL_ID = "Customer.byExternalId";
    public static final String SEGMENTS = "Customer.segments";

    /** How the customer wants to be contacted; NONE means not at all (no invitations, no reminders). */
    public enum Channel { EMAIL, PHONE, SMS, NONE }

    @Id
    @SequenceGenerator(name = "cx_customer_seq", sequenceName = "CX_CUSTOMER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_customer_seq")
    private Long id;

    @Column(name = "EXTERNAL_ID", nullable = false, unique = true, length = 100)
    private String externalId;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "SEGMENT", length = 64)
    private String segment;

    @Column(name = "LANGUAGE", nullable = false, length = 5)
    private String language;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "PHONE", length = 32)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONTACT_CHANNEL", nullable = false, length = 8)
    private Channel channel = Channel.EMAIL;

    /** Quiet hours in the business's time zone, "HH:MM" (may span midnight: 21:00–08:00). */
    @Column(name = "QUIET_FROM", length = 5)
    private String quietFrom;

    @Column(name = "QUIET_TO", length = 5)
    private String quietTo;

    /** The customer's answer to the privacy consent: true, false (withdrawn) or unknown (null). */
    @Column(name = "CONSENT_GIVEN")
    private Boolean consentGiven;

    @Column(name = "CONSENT_AT")
    private Instant consentAt;

    @Column(name = "CONSENT_POLICY", length = 32)
    private String consentPolicy;

    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Customer() {
    }

    public Customer(String externalId, String language, Instant now) {
        this.externalId = externalId;
        this.language = language;
        this.createdAt = now;
    }

    /** Takes the newer facts the host sent; missing ones keep what is known. */
    public void update(String email, String segment, String language) {
        if (email != null) {
            this.email = email;
        }
        if (segment != null) {
            this.segment = segment;
        }
        if (language != null) {
            this.language = language;
        }
    }

    /** Replaces what the back office or the host knows about how to reach the customer. */
    public void describe(String email, String phone, String segment, String language, Channel channel,
                         String quietFrom, String quietTo, Instant now) {
        this.email = email;
        this.phone = phone;
        this.segment = segment;
        this.language = language;
        this.channel = channel == null ? Channel.EMAIL : channel;
        this.quietFrom = quietFrom;
        this.quietTo = quietTo;
        this.updatedAt = now;
    }

    /**
     * Records the customer's consent decision under a policy version. The time is when the customer decided (as the
     * host reports it) or, without one, when CX Loop learnt of it; an unchanged decision keeps its original time.
     */
    public void consent(Boolean given, String policy, Instant decidedAt, Instant now) {
        if (given == null) {
            return;
        }
        boolean changed = !given.equals(consentGiven) || !java.util.Objects.equals(policy, consentPolicy);
        if (changed || decidedAt != null) {
            consentGiven = given;
            consentPolicy = policy;
            consentAt = decidedAt != null ? decidedAt : now;
        }
    }

    /** Whether the customer may be sent a survey by e-mail at all. */
    public boolean contactableByEmail() {
        return channel != Channel.NONE && !Boolean.FALSE.equals(consentGiven);
    }

    /** Whether a time of day lies within the customer's quiet hours (which may span midnight). */
    public boolean quietAt(java.time.LocalTime time) {
        if (quietFrom == null || quietTo == null) {
            return false;
        }
        java.time.LocalTime from = java.time.LocalTime.parse(quietFrom);
        java.time.LocalTime to = java.time.LocalTime.parse(quietTo);
        if (from.equals(to)) {
            return false;
        }
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
    }

    public String getPhone() {
        return phone;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public String getQuietTo() {
        return quietTo;
    }

    public Boolean getConsentGiven() {
        return consentGiven;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentPolicy() {
        return consentPolicy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEmail() {
        return email;
    }

    public String getSegment() {
        return segment;
    }

    public String getLanguage() {
        return language;
    }
}
