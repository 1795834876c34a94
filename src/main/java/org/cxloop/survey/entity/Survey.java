package org.cxloop.survey.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cxloop.platform.control.RandomTokens;

/**
 * A survey at one touchpoint, with its ordered questions. Responses are accepted only while it is active; once
 * active, a question's code and kind never change and no question is removed, so every answer keeps its meaning.
 */
@Entity
@Table(name = "CX_SURVEY")
@NamedQuery(name = Survey.BY_CODE, query = "SELECT s FROM Survey s WHERE s.code = :code")
@NamedQuery(name = Survey.BY_PUBLIC_TOKEN, query = "SELECT s FROM Survey s WHERE s.publicToken = :token")
@NamedQuery(name = Survey.ALL, query = "SELECT s FROM Survey s ORDER BY s.code")
public class Survey {

    public static final String BY_CODE = "Survey.byCode";
    public static final String ALL = "Survey.all";
    public static final String BY_PUBLIC_TOKEN = "Survey.byPublicToken";
    public static final int DEFAULT_REMINDER_DAYS = 3;

    /** What the survey measures. */
    public enum Type { NPS, CSAT, CES, CUSTOM }

    /** The lifecycle: draft → active → closed. */
    public enum Status { DRAFT, ACTIVE, CLOSED }

    @Id
    @SequenceGenerator(name = "cx_survey_seq", sequenceName = "CX_SURVEY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_survey_seq")
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "SURVEY_TYPE", nullable = false, length = 10)
    private Type type;

    @Column(name = "TOUCHPOINT_ID", nullable = false)
    private Long touchpointId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status = Status.DRAFT;

    @Column(name = "TITLE_PL", nullable = false, length = 200)
    private String titlePl;

    @Column(name = "TITLE_EN", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** The anonymous link's secret part: /cxloop/s/{publicToken}. 128 random bits. */
    @Column(name = "PUBLIC_TOKEN", unique = true, length = 64)
    private String publicToken;

    /** Days after an unanswered invitation when one reminder goes out; 0 sends none. */
    @Column(name = "REMINDER_DAYS", nullable = false)
    private int reminderDays = DEFAULT_REMINDER_DAYS;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Survey() {
    }

    public Survey(String code, Type type, Long touchpointId, String titlePl, String titleEn, Instant now) {
        this.code = code;
        this.type = type;
        this.touchpointId = touchpointId;
        this.titlePl = titlePl;
        this.titleEn = titleEn;
        this.createdAt = now;
        this.publicToken = newToken();
    }

    /** Gives a survey from before anonymous links its link. */
    public boolean ensurePublicToken() {
        if (publicToken == null) {
            publicToken = newToken();
            return true;
        }
        return false;
    }

    private static String newToken() {
        return RandomTokens.urlSafe(16);
    }

    public String getPublicToken() {
        return publicToken;
    }

    /** Draft → active, once it asks something; a closed survey stays closed. */
    public void activate() {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("survey-closed");
        }
        if (questions.isEmpty()) {
            throw new IllegalStateException("survey-without-questions");
        }
        status = Status.ACTIVE;
    }

    public void close() {
        status = Status.CLOSED;
    }

    /** Moves the lifecycle on: draft → active → closed; staying where it is is no change. */
    public void changeStatus(Status target) {
        if (target == null || target == status) {
            return;
        }
        if (target == Status.ACTIVE && status == Status.DRAFT) {
            activate();
        } else if (target == Status.CLOSED && status == Status.ACTIVE) {
            close();
        } else {
            throw new IllegalStateException("survey-status-transition");
        }
    }

    /** Titles and reminder delay may change until the survey is closed. */
    public void describe(String titlePl, String titleEn, int reminderDays) {
        requireOpen();
        this.titlePl = titlePl;
        this.titleEn = titleEn;
        this.reminderDays = reminderDays;
    }

    /** What it measures and where: only while a draft, since responses are counted by both. */
    public void retarget(Type type, Long touchpointId) {
        if (type == this.type && touchpointId.equals(this.touchpointId)) {
            return;
        }
        if (status != Status.DRAFT) {
            throw new IllegalStateException("survey-not-draft");
        }
        this.type = type;
        this.touchpointId = touchpointId;
    }

    /**
     * Makes the questions what the editor shows, in that order. A draft may change anything. Once active, every
     * question asked so far stays with its code, kind and choices (new choices may be added), no question becomes
     * required, and new questions are optional, so every stored answer keeps its meaning; texts and order are free.
     */
    public void reviseQuestions(List<QuestionSpec> specs) {
        requireOpen();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (QuestionSpec spec : specs) {
            if (!codes.add(spec.code())) {
                throw new IllegalArgumentException("question-code-taken");
            }
        }
        if (status == Status.ACTIVE) {
            for (SurveyQuestion asked : questions) {
                QuestionSpec spec = specs.stream().filter(s -> s.code().equals(asked.getCode())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("survey-active-question-removed"));
                asked.checkCompatible(spec);
            }
            for (QuestionSpec spec : specs) {
                if (question(spec.code()).isEmpty() && spec.required()) {
                    throw new IllegalStateException("survey-active-required-question");
                }
            }
        }
        if (specs.isEmpty() && status == Status.ACTIVE) {
            throw new IllegalStateException("survey-without-questions");
        }
        List<SurveyQuestion> next = new ArrayList<>();
        for (QuestionSpec spec : specs) {
            SurveyQuestion question = question(spec.code()).orElse(null);
            if (question == null) {
                question = new SurveyQuestion(this, next.size() + 1, spec.code(), spec.kind(), spec.textPl(),
                        spec.textEn(), spec.required(), spec.options());
            } else {
                question.revise(spec);
            }
            next.add(question);
        }
        questions.clear();
        questions.addAll(next);
        renumber();
    }

    private void requireOpen() {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("survey-closed");
        }
    }

    /**
     * Adds a question at the end. Allowed in any state but closed: an active survey may ask more, optional
     * questions, because its earlier responses simply lack them.
     */
    public SurveyQuestion addQuestion(String code, SurveyQuestion.Kind kind, String textPl, String textEn,
                                      boolean required, List<QuestionOption> options) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("survey-closed");
        }
        if (status == Status.ACTIVE && required) {
            throw new IllegalStateException("survey-active-required-question");
        }
        if (question(code).isPresent()) {
            throw new IllegalArgumentException("question-code-taken");
        }
        SurveyQuestion question = new SurveyQuestion(this, questions.size() + 1, code, kind, textPl, textEn, required,
                options);
        questions.add(question);
        return question;
    }

    /** Removes a question; only a draft may lose questions, since answers to them may exist once it was active. */
    public void removeQuestion(String code) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("survey-not-draft");
        }
        questions.removeIf(q -> q.getCode().equals(code));
        renumber();
    }

    /** Moves a question to a 1-based position; the order is presentation only, so it may change at any time. */
    public void moveQuestion(String code, int position) {
        SurveyQuestion question = question(code).orElseThrow(() -> new IllegalArgumentException("question-unknown"));
        questions.remove(question);
        questions.add(Math.max(0, Math.min(position - 1, questions.size())), question);
        renumber();
    }

    public Optional<SurveyQuestion> question(String code) {
        return questions.stream().filter(q -> q.getCode().equals(code)).findFirst();
    }

    public List<SurveyQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).moveTo(i + 1);
        }
    }

    public boolean acceptsResponses() {
        return status == Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Type getType() {
        return type;
    }

    public Long getTouchpointId() {
        return touchpointId;
    }

    public Status getStatus() {
        return status;
    }

    public String getTitlePl() {
        return titlePl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String title(java.util.Locale locale) {
        return "pl".equals(locale.getLanguage()) ? titlePl : titleEn;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
