package org.cxloop.survey.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.Messages;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.control.FloodGuard;
import org.cxloop.survey.control.FormAnswers;
import org.cxloop.survey.entity.Invitation;
import org.cxloop.survey.entity.Survey;
import org.cxloop.survey.entity.SurveyQuestion;

/** The public survey form: shows the survey in the customer's language, checks the answers, records them. */
@Named
@ViewScoped
public class SurveyFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final FloodGuard FLOOD_GUARD = new FloodGuard((int) Config.number("CXLOOP_FORM_MAX_PER_CLIENT", 20),
            Duration.ofSeconds(Config.number("CXLOOP_FORM_WINDOW_SECONDS", 600)), 100_000);
    static final FormAnswers CHECK = new FormAnswers((int) Config.number("CXLOOP_COMMENT_MAX_CHARS", 10_000));
    public static final String PRIVACY_NOTICE = Config.value("CXLOOP_PRIVACY_NOTICE_VERSION", "2026-11");

    @Inject
    transient Surveys surveys;

    @Inject
    transient Responses responses;

    @Inject
    transient Invitations invitations;

    private String token;
    private Long surveyId;
    private Long invitationId;
    private boolean answered;
    private final Map<String, Object> answers = new HashMap<>();
    private Map<String, String> problems = Map.of();

    /** Called on the first GET: finds the survey behind the link, a personal invitation or the survey's own. */
    public void open() throws IOException {
        Survey survey = null;
        Invitation invitation = token == null ? null : invitations.byToken(token).orElse(null);
        if (invitation != null) {
            survey = surveys.byId(invitation.getSurveyId()).orElse(null);
            invitationId = invitation.getId();
            answered = invitation.isAnswered();
            if (!answered) {
                invitations.opened(invitation.getId());
            }
        } else if (token != null) {
            survey = surveys.byPublicToken(token).orElse(null);
        }
        if (survey == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        surveyId = survey.getId();
    }

    public Survey getSurvey() {
        return surveyId == null ? null : surveys.byId(surveyId).orElse(null);
    }

    public List<SurveyQuestion> getQuestions() {
        Survey survey = getSurvey();
        return survey == null ? List.of() : survey.getQuestions();
    }

    public List<String> scale(SurveyQuestion question) {
        return IntStream.rangeClosed(question.getKind().min(), question.getKind().max()).mapToObj(String::valueOf).toList();
    }

    public String text(SurveyQuestion question) {
        return polish() ? question.getTextPl() : question.getTextEn();
    }

    public String title() {
        Survey survey = getSurvey();
        return survey == null ? "" : polish() ? survey.getTitlePl() : survey.getTitleEn();
    }

    public String problem(SurveyQuestion question) {
        String code = problems.get(question.getCode());
        return code == null ? null : Messages.text(FacesMessages.locale(), "form.problem." + code);
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Survey survey = getSurvey();
        if (survey == null || !survey.acceptsResponses()) {
            FacesMessages.error("form.closed");
            return;
        }
        FormAnswers.Result result = CHECK.check(survey.getQuestions(), answers);
        problems = result.problems();
        if (!result.ok()) {
            FacesMessages.error("form.fix");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (invitationId == null && !FLOOD_GUARD.allow(request.getRemoteAddr(), Instant.now())) {
            FacesMessages.error("form.flood");
            return;
        }
        try {
            responses.submitForm(survey.getId(), invitationId, result.answers(), FacesMessages.locale().getLanguage(),
                    PRIVACY_NOTICE);
        } catch (ProblemException e) {
            answered = "invitation-already-answered".equals(e.code());
            FacesMessages.error(answered ? "form.answered" : "form.closed");
            return;
        }
        external.redirect(external.getRequestContextPath() + "/public/thanks.xhtml?lang=" + FacesMessages.locale().getLanguage());
    }

    private static boolean polish() {
        return "pl".equals(FacesMessages.locale().getLanguage());
    }

    /** A personal link that was already used: the form is not shown again. */
    public boolean isAnswered() {
        return answered;
    }

    public boolean isPolish() {
        return polish();
    }

    public Map<String, Object> getAnswers() {
        return answers;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null ? null : token.strip();
    }

    public Locale getLocale() {
        return FacesMessages.locale();
    }
}
