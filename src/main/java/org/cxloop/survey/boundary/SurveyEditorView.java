package org.cxloop.survey.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.entity.Survey;

/**
 * Surveys › editor: titles and questions with Polish and English side by side, reordering, choices, and a preview
 * as the customer will see it. What an active survey may no longer change is shown locked; the EJB decides.
 */
@Named
@ViewScoped
public class SurveyEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Surveys surveys;

    @Inject
    transient Touchpoints touchpoints;

    private String code;
    private String template;
    private SurveyData form;
    private boolean created;
    private final Set<String> askedCodes = new HashSet<>();
    private String previewLanguage;

    /** Opens ?survey=code for editing, or a new survey (blank or from ?template=nps|csat|ces). */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        previewLanguage = org.cxloop.platform.control.RequestLocale.get().getLanguage();
        if (code != null && !code.isBlank()) {
            Survey survey = surveys.byCode(code).orElse(null);
            if (survey == null) {
                FacesMessages.error("problem.survey-not-found.detail", code);
                FacesContext.getCurrentInstance().getExternalContext().redirect("index.xhtml");
                return;
            }
            created = true;
            form = SurveyData.of(survey, touchpoints.byId(survey.getTouchpointId()).map(Touchpoint::getCode).orElse(""));
            if (survey.getStatus() != Survey.Status.DRAFT) {
                survey.getQuestions().forEach(q -> askedCodes.add(q.getCode()));
            }
            return;
        }
        String firstTouchpoint = touchpoints.all().stream().filter(Touchpoint::isActive).map(Touchpoint::getCode)
                .findFirst().orElse(null);
        if (template != null && template.matches("nps|csat|ces") && firstTouchpoint != null) {
            form = surveys.fromTemplate(template, template + "-", firstTouchpoint);
            form.code = "";
        } else {
            form = new SurveyData();
            form.type = "custom";
            form.touchpoint = firstTouchpoint;
            form.title = new org.cxloop.platform.boundary.Bilingual();
            form.reminderDays = Survey.DEFAULT_REMINDER_DAYS;
            form.questions.add(SurveyData.Question.blank("q1"));
        }
        form.status = "draft";
    }

    public void save() {
        persist(null);
    }

    public void activate() {
        persist("active");
    }

    public void close() {
        persist("closed");
    }

    private void persist(String status) {
        String before = form.status;
        String actor = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        try {
            if (status != null) {
                form.status = status;
            }
            Survey survey;
            if (created) {
                form.code = code;
                survey = surveys.update(code, form, actor);
            } else {
                form.status = "draft";
                survey = surveys.create(form, actor);
                if ("active".equals(status)) {
                    form.status = "active";
                    form.version = survey.getVersion();
                    survey = surveys.update(survey.getCode(), form, actor);
                }
            }
            code = survey.getCode();
            created = true;
            Survey saved = surveys.byCode(code).orElseThrow();
            form = SurveyData.of(saved, form.touchpoint);
            askedCodes.clear();
            if (saved.getStatus() != Survey.Status.DRAFT) {
                saved.getQuestions().forEach(q -> askedCodes.add(q.getCode()));
            }
            FacesMessages.info(status == null ? "editor.saved" : "editor.saved." + status, code);
        } catch (ProblemException e) {
            form.status = before;
            FacesMessages.problem(e);
        }
    }

    public void addQuestion() {
        int n = form.questions.size() + 1;
        String candidate = "q" + n;
        while (hasCode(candidate)) {
            candidate = "q" + (++n);
        }
        form.questions.add(SurveyData.Question.blank(candidate));
    }

    private boolean hasCode(String candidate) {
        return form.questions.stream().anyMatch(q -> candidate.equals(q.code));
    }

    public void remove(int index) {
        if (index >= 0 && index < form.questions.size() && !isLocked(form.questions.get(index))) {
            form.questions.remove(index);
        }
    }

    public void move(int index, int direction) {
        int to = index + direction;
        if (index >= 0 && index < form.questions.size() && to >= 0 && to < form.questions.size()) {
            form.questions.add(to, form.questions.remove(index));
        }
    }

    public void addOption(SurveyData.Question question) {
        SurveyData.Option option = new SurveyData.Option();
        option.code = "o" + (question.options.size() + 1);
        option.label = new org.cxloop.platform.boundary.Bilingual();
        question.options.add(option);
    }

    public void removeOption(SurveyData.Question question, int index) {
        if (index >= 0 && index < question.options.size()) {
            question.options.remove(index);
        }
    }

    /** Kind changes: a choice question gets two empty choices to fill, others lose theirs. */
    public void kindChanged(SurveyData.Question question) {
        if (question.isChoice()) {
            while (question.options.size() < 2) {
                addOption(question);
            }
        } else {
            question.options.clear();
        }
    }

    /** Asked already by an active or closed survey: code, kind and existing choices stay. */
    public boolean isLocked(SurveyData.Question question) {
        return askedCodes.contains(question.code);
    }

    public boolean isLockedOption(SurveyData.Question question, SurveyData.Option option) {
        return isLocked(question) && created && surveys.byCode(code).flatMap(s -> s.question(question.code))
                .map(q -> q.getOptions().stream().anyMatch(o -> o.getCode().equals(option.code))).orElse(false);
    }

    public boolean isReadOnly() {
        return "closed".equals(form.status);
    }

    public List<Touchpoint> getTouchpoints() {
        return new ArrayList<>(touchpoints.all());
    }

    public List<String> getKinds() {
        return List.of("nps", "rating_5", "rating_7", "single_choice", "multi_choice", "open_text");
    }

    /** The scale points a preview shows for a scale question. */
    public List<Integer> scale(String kind) {
        int min = "nps".equals(kind) ? 0 : 1;
        int max = switch (kind == null ? "" : kind) {
            case "nps" -> 10;
            case "rating_5" -> 5;
            case "rating_7" -> 7;
            default -> -1;
        };
        List<Integer> points = new ArrayList<>();
        for (int i = min; i <= max; i++) {
            points.add(i);
        }
        return points;
    }

    public String text(SurveyData.Text text) {
        return text == null ? "" : "pl".equals(previewLanguage) ? text.pl : text.en;
    }

    public String title(org.cxloop.platform.boundary.Bilingual title) {
        return title == null ? "" : "pl".equals(previewLanguage) ? title.pl : title.en;
    }

    public boolean isCreated() {
        return created;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public SurveyData getForm() {
        return form;
    }

    public String getPreviewLanguage() {
        return previewLanguage;
    }

    public void setPreviewLanguage(String previewLanguage) {
        this.previewLanguage = "en".equals(previewLanguage) ? "en" : "pl";
    }
}
