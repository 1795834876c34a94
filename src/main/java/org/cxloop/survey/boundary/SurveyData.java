package org.cxloop.survey.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxloop.platform.boundary.Bilingual;
import org.cxloop.survey.entity.QuestionOption;
import org.cxloop.survey.entity.QuestionSpec;
import org.cxloop.survey.entity.Survey;
import org.cxloop.survey.entity.SurveyQuestion;

/**
 * A survey as the API ({@code POST/PUT /surveys}) and the editor exchange it. Codes are stable identifiers used in
 * answers and exports, so they are plain lower-case; every text exists in Polish and English.
 */
public class SurveyData {

    static final String CODE = "[a-z0-9][a-z0-9_-]{0,63}";
    static final String NO_CONTROL = "[^\\p{Cntrl}]*";

    @NotBlank(message = "{cxloop.field.required}")
    @Pattern(regexp = CODE, message = "{cxloop.field.code}")
    public String code;

    @NotBlank(message = "{cxloop.field.required}")
    @Pattern(regexp = "nps|csat|ces|custom", message = "{cxloop.survey.type}")
    public String type;

    @NotBlank(message = "{cxloop.field.required}")
    @Size(max = 64, message = "{cxloop.field.size}")
    public String touchpoint;

    @NotNull(message = "{cxloop.field.required}")
    @Valid
    public Bilingual title;

    @Min(value = 0, message = "{cxloop.survey.reminderDays}")
    @Max(value = 30, message = "{cxloop.survey.reminderDays}")
    public Integer reminderDays;

    /** draft, active or closed; absent keeps the status (new surveys start as drafts). */
    @Pattern(regexp = "draft|active|closed", message = "{cxloop.survey.status}")
    public String status;

    /** For PUT: the version the editor started from; a newer one means someone else saved meanwhile. */
    public Long version;

    @NotNull(message = "{cxloop.field.required}")
    @Size(max = 50, message = "{cxloop.field.items}")
    public List<@NotNull(message = "{cxloop.field.required}") @Valid Question> questions = new ArrayList<>();

    /** A question's text in both languages (longer than a title). */
    public static class Text {
        @NotBlank(message = "{cxloop.field.required}")
        @Size(max = 500, message = "{cxloop.field.size}")
        @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
        public String pl;

        @NotBlank(message = "{cxloop.field.required}")
        @Size(max = 500, message = "{cxloop.field.size}")
        @Pattern(regexp = NO_CONTROL, message = "{cxloop.field.control}")
        public String en;

        public Text() {
        }

        Text(String pl, String en) {
            this.pl = pl;
            this.en = en;
        }

        public String getPl() {
            return pl;
        }

        public void setPl(String pl) {
            this.pl = pl;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }
    }

    /** One question. */
    public static class Question {
        @NotBlank(message = "{cxloop.field.required}")
        @Pattern(regexp = CODE, message = "{cxloop.field.code}")
        public String code;

        @NotBlank(message = "{cxloop.field.required}")
        @Pattern(regexp = "nps|rating_5|rating_7|single_choice|multi_choice|open_text",
                message = "{cxloop.survey.question.kind}")
        public String kind;

        public boolean required;

        @NotNull(message = "{cxloop.field.required}")
        @Valid
        public Text text;

        @Size(max = 30, message = "{cxloop.field.items}")
        public List<@NotNull(message = "{cxloop.field.required}") @Valid Option> options = new ArrayList<>();

        public Question() {
        }

        /** A blank question for the editor. */
        public static Question blank(String code) {
            Question q = new Question();
            q.code = code;
            q.kind = "open_text";
            q.text = new Text();
            return q;
        }

        public boolean isChoice() {
            return "single_choice".equals(kind) || "multi_choice".equals(kind);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip();
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public Text getText() {
            return text;
        }

        public List<Option> getOptions() {
            return options;
        }

        QuestionSpec spec() {
            List<QuestionOption> choices = new ArrayList<>();
            if (options != null) {
                for (int i = 0; i < options.size(); i++) {
                    Option o = options.get(i);
                    choices.add(new QuestionOption(i + 1, o.code, o.label.pl.strip(), o.label.en.strip()));
                }
            }
            return new QuestionSpec(code, SurveyQuestion.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), required,
                    text.pl.strip(), text.en.strip(), choices);
        }
    }

    /** One choice of a choice question. */
    public static class Option {
        @NotBlank(message = "{cxloop.field.required}")
        @Pattern(regexp = CODE, message = "{cxloop.field.code}")
        public String code;

        @NotNull(message = "{cxloop.field.required}")
        @Valid
        public Bilingual label;

        public Option() {
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip();
        }

        public Bilingual getLabel() {
            return label;
        }
    }

    public SurveyData() {
    }

    /** The survey as it is now, for the editor and the API. */
    public static SurveyData of(Survey survey, String touchpointCode) {
        SurveyData data = new SurveyData();
        data.code = survey.getCode();
        data.type = survey.getType().name().toLowerCase(Locale.ROOT);
        data.touchpoint = touchpointCode;
        data.title = new Bilingual(survey.getTitlePl(), survey.getTitleEn());
        data.reminderDays = survey.getReminderDays();
        data.status = survey.getStatus().name().toLowerCase(Locale.ROOT);
        data.version = survey.getVersion();
        for (SurveyQuestion q : survey.getQuestions()) {
            Question question = new Question();
            question.code = q.getCode();
            question.kind = q.getKind().name().toLowerCase(Locale.ROOT);
            question.required = q.isRequired();
            question.text = new Text(q.getTextPl(), q.getTextEn());
            for (QuestionOption o : q.getOptions()) {
                Option option = new Option();
                option.code = o.getCode();
                option.label = new Bilingual(o.getLabelPl(), o.getLabelEn());
                question.options.add(option);
            }
            data.questions.add(question);
        }
        return data;
    }

    List<QuestionSpec> specs() {
        return questions.stream().map(Question::spec).toList();
    }

    Survey.Type surveyType() {
        return Survey.Type.valueOf(type.toUpperCase(Locale.ROOT));
    }

    Survey.Status surveyStatus() {
        return status == null ? null : Survey.Status.valueOf(status.toUpperCase(Locale.ROOT));
    }

    // accessors for the editor's EL (public fields are not EL properties)

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTouchpoint() {
        return touchpoint;
    }

    public void setTouchpoint(String touchpoint) {
        this.touchpoint = touchpoint;
    }

    public Bilingual getTitle() {
        return title;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public String getStatus() {
        return status;
    }

    public List<Question> getQuestions() {
        return questions;
    }
}
