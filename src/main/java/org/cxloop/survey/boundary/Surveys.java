package org.cxloop.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.platform.control.Violations;
import org.cxloop.survey.control.SurveyTemplates;
import org.cxloop.survey.entity.Survey;

/** The surveys and their lifecycle. */
@Stateless
@PermitAll
public class Surveys {

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Touchpoints touchpoints;

    @Inject
    AuditLog audit;

    /** A new draft survey with the questions given. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public Survey create(SurveyData data, String actor) {
        check(data);
        Touchpoint touchpoint = touchpoint(data.touchpoint);
        if (byCode(data.code).isPresent()) {
            throw new ProblemException(409, "survey-code-taken", data.code);
        }
        if (data.status != null && !"draft".equals(data.status)) {
            throw ProblemException.invalid("status", "draft-only", "a new survey starts as a draft");
        }
        Survey survey = new Survey(data.code, data.surveyType(), touchpoint.getId(), data.title.pl.strip(),
                data.title.en.strip(), Instant.now());
        apply(survey, data);
        em.persist(survey);
        audit.record(actor, "survey-created", "survey:" + survey.getCode(), "questions=" + survey.getQuestions().size());
        return survey;
    }

    /** A new draft made from a ready template (nps, csat or ces), for the editor to adapt. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public SurveyData fromTemplate(String template, String code, String touchpointCode) {
        Touchpoint touchpoint = touchpoint(touchpointCode);
        Survey survey = switch (template == null ? "" : template) {
            case "nps" -> SurveyTemplates.nps(code, touchpoint.getId(), Instant.now());
            case "csat" -> SurveyTemplates.csat(code, touchpoint.getId(), Instant.now());
            case "ces" -> SurveyTemplates.ces(code, touchpoint.getId(), Instant.now());
            default -> throw ProblemException.invalid("template", "unknown-template", "nps, csat or ces");
        };
        SurveyData data = SurveyData.of(survey, touchpoint.getCode());
        data.version = null;
        return data;
    }

    /** Changes a survey within its lifecycle's rules (see {@link Survey#reviseQuestions}). */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public Survey update(String code, SurveyData data, String actor) {
        Survey survey = byCode(code).orElseThrow(() -> new ProblemException(404, "survey-not-found", code));
        if (data != null && data.code == null) {
            data.code = code;
        }
        check(data);
        if (!code.equals(data.code)) {
            throw ProblemException.invalid("code", "code-immutable", "the code of a survey never changes");
        }
        if (data.version != null && data.version != survey.getVersion()) {
            throw new ProblemException(409, "stale-version", code);
        }
        Survey.Status before = survey.getStatus();
        Touchpoint touchpoint = touchpoint(data.touchpoint);
        try {
            survey.retarget(data.surveyType(), touchpoint.getId());
        } catch (IllegalStateException e) {
            throw new ProblemException(409, e.getMessage(), code);
        }
        apply(survey, data);
        // questions are part of the survey: any change gives the survey a new version for concurrent editors
        em.lock(survey, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(actor, "survey-updated", "survey:" + code,
                before == survey.getStatus() ? "questions=" + survey.getQuestions().size()
                        : "status=" + before + "->" + survey.getStatus());
        return survey;
    }

    private void apply(Survey survey, SurveyData data) {
        try {
            survey.describe(data.title.pl.strip(), data.title.en.strip(),
                    data.reminderDays == null ? survey.getReminderDays() : data.reminderDays);
            survey.reviseQuestions(data.specs());
            survey.changeStatus(data.surveyStatus());
        } catch (IllegalStateException e) {
            throw new ProblemException(409, e.getMessage(), survey.getCode());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("questions", e.getMessage(), null);
        }
    }

    /** Every broken rule at once: Bean Validation, then choices and duplicate codes. */
    private void check(SurveyData data) {
        if (data == null) {
            throw new ProblemException(400, "body-required");
        }
        List<FieldError> errors = new ArrayList<>(Violations.fieldErrors(validator.validate(data)));
        List<SurveyData.Question> questions = data.questions == null ? List.of() : data.questions;
        for (int i = 0; i < questions.size(); i++) {
            SurveyData.Question q = questions.get(i);
            if (q == null || q.kind == null) {
                continue;
            }
            boolean choice = q.isChoice();
            int options = q.options == null ? 0 : q.options.size();
            if (choice && options < 2) {
                errors.add(new FieldError("questions[" + i + "].options", "question-options-required", null));
            } else if (!choice && options > 0) {
                errors.add(new FieldError("questions[" + i + "].options", "question-options-unexpected", null));
            } else if (options > 0 && q.options.stream().map(o -> o == null ? null : o.code).distinct().count() != options) {
                errors.add(new FieldError("questions[" + i + "].options", "option-code-taken", null));
            }
            for (int j = 0; j < i; j++) {
                SurveyData.Question earlier = questions.get(j);
                if (earlier != null && q.code != null && q.code.equals(earlier.code)) {
                    errors.add(new FieldError("questions[" + i + "].code", "question-code-taken", q.code));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private Touchpoint touchpoint(String code) {
        return touchpoints.byCode(code)
                .orElseThrow(() -> ProblemException.invalid("touchpoint", "unknown-touchpoint", code));
    }

    public List<Survey> all() {
        return em.createNamedQuery(Survey.ALL, Survey.class).getResultList();
    }

    public Optional<Survey> byCode(String code) {
        return em.createNamedQuery(Survey.BY_CODE, Survey.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Survey> byPublicToken(String token) {
        return em.createNamedQuery(Survey.BY_PUBLIC_TOKEN, Survey.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** Gives every survey an anonymous link (surveys made before links existed have none). */
    public void ensurePublicTokens() {
        all().forEach(Survey::ensurePublicToken);
    }

    public Optional<Survey> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Survey.class, id));
    }

    /** Adds a survey unless one with the code exists (seed data). */
    public Survey ensure(Survey survey) {
        return byCode(survey.getCode()).orElseGet(() -> {
            em.persist(survey);
            return survey;
        });
    }
}
