package org.cxloop.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.cxloop.customer.boundary.Customers;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.Languages;
import org.cxloop.platform.control.Messages;
import org.cxloop.platform.control.ServerResources;
import org.cxloop.survey.control.ContactFatigue;
import org.cxloop.survey.entity.Invitation;
import org.cxloop.survey.entity.Survey;

/**
 * Invites customers by e-mail, each with a personal link, unless the contact-fatigue rule says the customer was
 * invited too recently. One call, one customer, one transaction; the e-mail goes through the server's mail session.
 */
@Stateless
public class Invitations {

    /** What became of one invitation request. */
    public record Outcome(String externalId, String status, String reason) {
    }

    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());
    static final ContactFatigue FATIGUE = new ContactFatigue((int) Config.number("CXLOOP_CONTACT_FATIGUE_DAYS", 30));

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    Customers customers;

    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public Outcome invite(Survey survey, String externalId, String email, String language, String baseUrl) {
        Instant now = Instant.now();
        Long customerId = customers.upsert(externalId, email, null, language);
        Instant last = em.createNamedQuery(Invitation.LAST_FOR_CUSTOMER, Instant.class)
                .setParameter("customer", customerId).setParameter("bounced", Invitation.Status.BOUNCED)
                .getSingleResult();
        if (!FATIGUE.allows(last, now)) {
            return new Outcome(externalId, "skipped", "contact-fatigue");
        }
        String lang = language == null ? customers.byId(customerId).map(c -> c.getLanguage()).orElse("pl") : language;
        Invitation invitation = new Invitation(survey.getId(), customerId, email, lang, now);
        em.persist(invitation);
        try {
            send(survey, invitation, baseUrl);
            invitation.sent(now);
            return new Outcome(externalId, "sent", null);
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Invitation to " + externalId + " could not be sent: " + e);
            invitation.bounced(e.getClass().getSimpleName());
            return new Outcome(externalId, "bounced", "mail-failed");
        }
    }

    @PermitAll
    public Optional<Invitation> byToken(String token) {
        return em.createNamedQuery(Invitation.BY_TOKEN, Invitation.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** The customer opened the personal link. */
    @PermitAll
    public void opened(long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation != null) {
            invitation.opened(Instant.now());
        }
    }

    private static void send(Survey survey, Invitation invitation, String baseUrl) throws MessagingException {
        Locale locale = Languages.supported(Locale.forLanguageTag(invitation.getLanguage()));
        boolean polish = "pl".equals(locale.getLanguage());
        String title = polish ? survey.getTitlePl() : survey.getTitleEn();
        String link = baseUrl + "/s/" + invitation.getToken();
        MimeMessage message = new MimeMessage(ServerResources.mailSession());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(invitation.getEmail(), true));
        message.setSubject(Messages.text(locale, "mail.invitation.subject", title), StandardCharsets.UTF_8.name());
        message.setText(Messages.text(locale, "mail.invitation.body", title, link), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
