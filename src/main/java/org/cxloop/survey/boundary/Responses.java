package org.cxloop.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.cxloop.customer.boundary.Customers;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.control.ResponseInput;
import org.cxloop.survey.entity.Survey;
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
}
