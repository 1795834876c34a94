package org.cxloop.survey.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.cxloop.customer.boundary.Customers;
import org.cxloop.customer.entity.Customer;
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

    @Resource
    SessionContext context;

    /** Length of a reminder "day" in seconds: 86,400, shortened only by tests. */
    static final long DAY_SECONDS = Config.number("CXLOOP_REMINDER_DAY_SECONDS", 86_400);
    static final ZoneId ZONE = ZoneId.of(Config.value("CXLOOP_TIME_ZONE", "Europe/Warsaw"));
    static final int REMINDER_BATCH = 500;

    /**
     * Sends one reminder for each unanswered invitation whose survey's reminder delay has passed, unless the customer
     * has since opted out or is in quiet hours now (then the next run tries again). Each reminder commits alone.
     */
    @PermitAll
    public int remindDue(Instant now) {
        List<Invitation> candidates = em.createNamedQuery(Invitation.REMINDER_CANDIDATES, Invitation.class)
                .setParameter("active", Survey.Status.ACTIVE)
                .setParameter("open", List.of(Invitation.Status.SENT, Invitation.Status.OPENED))
                .setParameter("sentBefore", now.minusSeconds(DAY_SECONDS))
                .setMaxResults(REMINDER_BATCH).getResultList();
        int sent = 0;
        for (Invitation candidate : candidates) {
            Survey survey = em.find(Survey.class, candidate.getSurveyId());
            if (candidate.getSentAt().plusSeconds(survey.getReminderDays() * DAY_SECONDS).isAfter(now)) {
                continue;
            }
            try {
                if (context.getBusinessObject(Invitations.class).remind(candidate.getId(), now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "Reminder for invitation " + candidate.getId() + " failed: " + e);
            }
        }
        return sent;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long invitationId, Instant now) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.remindable()) {
            return false;
        }
        Customer customer = em.find(Customer.class, invitation.getCustomerId());
        if (customer == null || !customer.contactableByEmail()) {
            invitation.reminded(now);
            return false;
        }
        if (customer.quietAt(LocalTime.ofInstant(now, ZONE))) {
            return false;
        }
        Survey survey = em.find(Survey.class, invitation.getSurveyId());
        String base = invitation.getLinkBase() != null ? invitation.getLinkBase()
                : Config.value("CXLOOP_PUBLIC_URL", "http://127.0.0.1:8080/cxloop").replaceFirst("/$", "");
        try {
            send(survey, invitation, base, true);
        } catch (MessagingException e) {
            LOG.warning(() -> "Reminder for invitation " + invitationId + " could not be sent: " + e);
            return false;
        }
        invitation.reminded(now);
        return true;
    }

    /** The invitations of a survey, newest first, for the invitation screen. */
    @RolesAllowed({"cx-admin", "cx-analyst"})
    public List<Invitation> ofSurvey(long surveyId, int max) {
        return em.createNamedQuery(Invitation.BY_SURVEY, Invitation.class).setParameter("survey", surveyId)
                .setMaxResults(max).getResultList();
    }

    /** How many invitations of a survey stand at each status. */
    @RolesAllowed({"cx-admin", "cx-analyst"})
    public Map<Invitation.Status, Long> countsByStatus(long surveyId) {
        Map<Invitation.Status, Long> counts = new EnumMap<>(Invitation.Status.class);
        for (Invitation.Status status : Invitation.Status.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery(Invitation.COUNTS_BY_STATUS, Object[].class)
                .setParameter("survey", surveyId).getResultList()) {
            counts.put((Invitation.Status) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

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
        if (!customers.byId(customerId).map(Customer::contactableByEmail).orElse(true)) {
            return new Outcome(externalId, "skipped", "contact-opt-out");
        }
        String lang = language == null ? customers.byId(customerId).map(c -> c.getLanguage()).orElse("pl") : language;
        Invitation invitation = new Invitation(survey.getId(), customerId, email, lang, now);
        em.persist(invitation);
        try {
            send(survey, invitation, baseUrl, false);
            invitation.sent(now, baseUrl);
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

    private static void send(Survey survey, Invitation invitation, String baseUrl, boolean reminder)
            throws MessagingException {
        Locale locale = Languages.supported(Locale.forLanguageTag(invitation.getLanguage()));
        boolean polish = "pl".equals(locale.getLanguage());
        String title = polish ? survey.getTitlePl() : survey.getTitleEn();
        String link = baseUrl + "/s/" + invitation.getToken();
        MimeMessage message = new MimeMessage(ServerResources.mailSession());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(invitation.getEmail(), true));
        String kind = reminder ? "mail.reminder" : "mail.invitation";
        message.setSubject(Messages.text(locale, kind + ".subject", title), StandardCharsets.UTF_8.name());
        message.setText(Messages.text(locale, kind + ".body", title, link), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
