package org.cxloop.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxloop.customer.boundary.Customers;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.control.FormAnswers;
import org.cxloop.survey.control.ResponseFilter;
import org.cxloop.survey.control.ResponseInput;
import org.cxloop.survey.entity.Answer;
import org.cxloop.survey.entity.Invitation;
import org.cxloop.survey.entity.Survey;
import org.cxloop.survey.entity.SurveyQuestion;
import org.cxloop.survey.entity.SurveyResponse;

/**
 * Records responses in one transaction: the survey must exist and be active, the touchpoint (the survey's own
 * unless another is named) must exist, the customer is created or updated. The insert is flushed here, so that a
 * duplicate Idempotency-Key fails inside this call and never after an answer was given.
 */
@Stateless
public class Responses {

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    Surveys surveys;

    @Inject
    Touchpoints touchpoints;

    @Inject
    Customers customers;

    @Inject
    jakarta.enterprise.event.Event<ResponseRecorded> recorded;

    @RolesAllowed({"cx-integration", "cx-admin"})
    public SurveyResponse record(ResponseInput input, String idempotencyKey, String requestHash) {
        Survey survey = surveys.byCode(input.survey())
                .orElseThrow(() -> ProblemException.invalid("survey", "unknown-survey", input.survey()));
        if (!survey.acceptsResponses()) {
            throw ProblemException.invalid("survey", "survey-not-active", survey.getStatus().name());
        }
        Long touchpointId = survey.getTouchpointId();
        if (input.touchpoint() != null) {
            touchpointId = touchpoints.byCode(input.touchpoint()).map(Touchpoint::getId)
                    .orElseThrow(() -> ProblemException.invalid("touchpoint", "unknown-touchpoint", input.touchpoint()));
        }
        Long customerId = null;
        if (input.customer() != null) {
            ResponseInput.CustomerInput c = input.customer();
            customerId = customers.upsert(c.externalId(), c.email(), c.segment(), c.language());
        }
        SurveyResponse response = new SurveyResponse(survey.getId(), touchpointId, customerId, input.channel(),
                input.language(), input.nps(), input.csat(), input.ces(), input.comment(), input.submittedAt(),
                Instant.now(), idempotencyKey, requestHash);
        em.persist(response);
        em.flush();
        announce(response);
        return response;
    }

    private void announce(SurveyResponse response) {
        if (response.getComment() != null && !response.getComment().isBlank()) {
            recorded.fire(new ResponseRecorded(response.getId()));
        }
    }

    /** One response's comment, for analysis (no personal data). */
    @PermitAll
    public Optional<RecentComment> comment(long responseId) {
        SurveyResponse r = em.find(SurveyResponse.class, responseId);
        return r == null || r.getComment() == null ? Optional.empty()
                : Optional.of(new RecentComment(r.getId(), r.getLanguage(), r.getComment(), negative(r), r.getSubmittedAt()));
    }

    private static boolean negative(SurveyResponse r) {
        return (r.getNps() != null && r.getNps() <= 6) || (r.getCsat() != null && r.getCsat() <= 2)
                || (r.getCes() != null && r.getCes() <= 3);
    }

    /**
     * A response from the public survey form: anyone with the link may answer while the survey is active.
     * The score question of an NPS, CSAT or CES survey also fills the score columns, and the open answers,
     * joined, become the comment that analysis reads.
     */
    @PermitAll
    public SurveyResponse submitForm(long surveyId, Long invitationId, List<Answer> answers, String language,
                                     String privacyNotice) {
        Survey survey = surveys.byId(surveyId).filter(Survey::acceptsResponses)
                .orElseThrow(() -> new ProblemException(409, "survey-not-active"));
        Invitation invitation = invitationId == null ? null
                : em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation != null && invitation.isAnswered()) {
            throw new ProblemException(409, "invitation-already-answered");
        }
        Integer nps = null;
        Integer csat = null;
        Integer ces = null;
        for (Answer answer : answers) {
            SurveyQuestion question = survey.question(answer.getQuestionCode()).orElseThrow();
            if (answer.getNumber() == null) {
                continue;
            }
            switch (question.getKind()) {
                case NPS -> nps = nps == null ? answer.getNumber() : nps;
                case RATING_5 -> csat = csat == null && survey.getType() == Survey.Type.CSAT ? answer.getNumber() : csat;
                case RATING_7 -> ces = ces == null && survey.getType() == Survey.Type.CES ? answer.getNumber() : ces;
                default -> { }
            }
        }
        Instant now = Instant.now();
        SurveyResponse response = new SurveyResponse(survey.getId(), survey.getTouchpointId(),
                invitation == null ? null : invitation.getCustomerId(), invitation == null ? "web" : "email", language,
                nps, csat, ces, FormAnswers.comment(answers), now, now, null, null);
        response.answeredOnForm(answers, privacyNotice);
        em.persist(response);
        em.flush();
        announce(response);
        if (invitation != null) {
            invitation.completed(response.getId(), now);
        }
        return response;
    }

    @RolesAllowed({"cx-integration", "cx-admin"})
    public Optional<SurveyResponse> byIdempotencyKey(String key) {
        return em.createNamedQuery(SurveyResponse.BY_KEY, SurveyResponse.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Optional<SurveyResponse> byId(long id) {
        return Optional.ofNullable(em.find(SurveyResponse.class, id));
    }

    /** A page of responses, newest first, for the response browser. */
    @RolesAllowed({"cx-admin", "cx-analyst"})
    public List<SurveyResponse> search(ResponseFilter filter, int first, int max) {
        TypedQuery<SurveyResponse> query = em.createQuery("SELECT r FROM SurveyResponse r" + where(filter)
                + " ORDER BY r.submittedAt DESC, r.id DESC", SurveyResponse.class);
        bind(query, filter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    @RolesAllowed({"cx-admin", "cx-analyst"})
    public long count(ResponseFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM SurveyResponse r" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** The newest comments (at most {@code max}), for testing keyword rules and counting categories. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public List<RecentComment> recentComments(int max) {
        return em.createQuery("SELECT r FROM SurveyResponse r WHERE r.comment IS NOT NULL"
                        + " ORDER BY r.submittedAt DESC, r.id DESC", SurveyResponse.class)
                .setMaxResults(Math.min(Math.max(1, max), 5000)).getResultStream()
                .map(r -> new RecentComment(r.getId(), r.getLanguage() == null ? "pl" : r.getLanguage(), r.getComment(),
                        negative(r), r.getSubmittedAt()))
                .toList();
    }

    /** Responses per survey id. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent"})
    public Map<Long, Long> countsBySurvey() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.surveyId, COUNT(r) FROM SurveyResponse r GROUP BY r.surveyId",
                Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static String where(ResponseFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.getSurveyId() != null) {
            conditions.add("r.surveyId = :survey");
        }
        if (filter.getTouchpointId() != null) {
            conditions.add("r.touchpointId = :touchpoint");
        }
        if (filter.getChannel() != null) {
            conditions.add("r.channel = :channel");
        }
        if (filter.getFrom() != null) {
            conditions.add("r.submittedAt >= :from");
        }
        if (filter.getTo() != null) {
            conditions.add("r.submittedAt < :to");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, ResponseFilter filter) {
        if (filter.getSurveyId() != null) {
            query.setParameter("survey", filter.getSurveyId());
        }
        if (filter.getTouchpointId() != null) {
            query.setParameter("touchpoint", filter.getTouchpointId());
        }
        if (filter.getChannel() != null) {
            query.setParameter("channel", filter.getChannel());
        }
        if (filter.getFrom() != null) {
            query.setParameter("from", filter.getFrom().atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        if (filter.getTo() != null) {
            query.setParameter("to", filter.getTo().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
    }
}
