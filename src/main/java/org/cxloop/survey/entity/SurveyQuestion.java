package org.cxloop.survey.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A question of a survey. Its code and kind are what its answers mean, so they never change once asked. */
@Entity
@Table(name = "CX_SURVEY_QUESTION")
public class SurveyQuestion {

    /** The kinds of question and, for scales, their range. */
    public enum Kind {
        NPS(0, 10), RATING_5(1, 5), RATING_7(1, 7), SINGLE_CHOICE(0, 0), MULTI_CHOICE(0, 0), OPEN_TEXT(0, 0);

        private final int min;
        private final int max;

        Kind(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public boolean isScale() {
            return max > 0;
        }

        public boolean isChoice() {
            return this == SINGLE_CHOICE || this == MULTI_CHOICE;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }
    }

    @Id
    @SequenceGenerator(name = "cx_survey_question_seq", sequenceName = "CX_SURVEY_QUESTION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_survey_question_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SURVEY_ID")
    private Survey survey;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "CODE", nullable = false, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "TEXT_PL", nullable = false, length = 500)
    private String textPl;

    @Column(name = "TEXT_EN", nullable = false, length = 500)
    private String textEn;

    @Column(name = "REQUIRED", nullable = false)
    private boolean required;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CX_SURVEY_QUESTION_OPTION", joinColumns = @JoinColumn(name = "QUESTION_ID"))
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected SurveyQuestion() {
    }

    SurveyQuestion(Survey survey, int position, String code, Kind kind, String textPl, String textEn, boolean required,
                   List<QuestionOption> options) {
        checkOptions(kind, options);
        this.survey = survey;
        this.position = position;
        this.code = code;
        this.kind = kind;
        this.textPl = textPl;
        this.textEn = textEn;
        this.required = required;
        if (options != null) {
            this.options.addAll(options);
        }
    }

    private static void checkOptions(Kind kind, List<QuestionOption> options) {
        if (kind.isChoice() && (options == null || options.size() < 2)) {
            throw new IllegalArgumentException("question-options-required");
        }
        if (!kind.isChoice() && options != null && !options.isEmpty()) {
            throw new IllegalArgumentException("question-options-unexpected");
        }
        if (options != null && options.stream().map(QuestionOption::getCode).distinct().count() != options.size()) {
            throw new IllegalArgumentException("option-code-taken");
        }
    }

    /** Whether an active survey's question may become what the spec says without changing its answers' meaning. */
    void checkCompatible(QuestionSpec spec) {
        if (spec.kind() != kind) {
            throw new IllegalStateException("survey-active-kind-changed");
        }
        if (spec.required() && !required) {
            throw new IllegalStateException("survey-active-required-question");
        }
        for (QuestionOption option : options) {
            if (spec.options().stream().noneMatch(o -> o.getCode().equals(option.getCode()))) {
                throw new IllegalStateException("survey-active-option-removed");
            }
        }
    }

    /** Takes the editor's version; the survey has checked that its state allows it. */
    void revise(QuestionSpec spec) {
        checkOptions(spec.kind(), spec.options());
        this.kind = spec.kind();
        this.required = spec.required();
        this.textPl = spec.textPl();
        this.textEn = spec.textEn();
        this.options.clear();
        for (int i = 0; i < spec.options().size(); i++) {
            QuestionOption o = spec.options().get(i);
            this.options.add(new QuestionOption(i + 1, o.getCode(), o.getLabelPl(), o.getLabelEn()));
        }
    }

    /** Texts may be improved at any time; what the answers mean may not. */
    public void reword(String textPl, String textEn) {
        this.textPl = textPl;
        this.textEn = textEn;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTextPl() {
        return textPl;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean isRequired() {
        return required;
    }

    public List<QuestionOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
