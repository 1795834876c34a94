package org.cxloop.survey.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One customer's answer to a survey: the scores, the comment, where and when it came from. Never changed. */
@Entity
@Table(name = "CX_SURVEY_RESPONSE")
@NamedQuery(name = SurveyResponse.BY_KEY, query = "SELECT r FROM SurveyResponse r WHERE r.idempotencyKey = :key")
public class SurveyResponse {

    public static final String BY_KEY = "SurveyResponse.byKey";

    @Id
    @SequenceGenerator(name = "cx_survey_response_seq", sequenceName = "CX_SURVEY_RESPONSE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_survey_response_seq")
    private Long id;

    @Column(name = "SURVEY_ID", nullable = false)
    private Long surveyId;

    @Column(name = "TOUCHPOINT_ID", nullable = false)
    private Long touchpointId;

    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "CHANNEL", nullable = false, length = 8)
    private String channel;

    @Column(name = "LANGUAGE", length = 5)
    private String language;

    @Column(name = "NPS")
    private Integer nps;

    @Column(name = "CSAT")
    private Integer csat;

    @Column(name = "CES")
    private Integer ces;

    @Column(name = "COMMENT_TEXT", length = 10000)
    private String comment;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "IDEMPOTENCY_KEY", length = 200, unique = true)
    private String idempotencyKey;

    @Column(name = "REQUEST_HASH", length = 64)
    private String requestHash;

    @Column(name = "PRIVACY_NOTICE", length = 32)
    private String privacyNotice;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CX_SURVEY_RESPONSE_ANSWER", joinColumns = @JoinColumn(name = "RESPONSE_ID"))
    private List<Answer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    public SurveyResponse(Long surveyId, Long touchpointId, Long customerId, String channel, String language,
                          Integer nps, Integer csat, Integer ces, String comment, Instant submittedAt, Instant receivedAt,
                          String idempotencyKey, String requestHash) {
        if (nps == null && csat == null && ces == null && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("a response needs a score or a comment");
        }
        this.surveyId = surveyId;
        this.touchpointId = touchpointId;
        this.customerId = customerId;
        this.channel = channel;
        this.language = language;
        this.nps = nps;
        this.csat = csat;
        this.ces = ces;
        this.comment = comment;
        this.submittedAt = submittedAt;
        this.receivedAt = receivedAt;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
    }

    /** The form's answers, question by question, and the privacy notice the customer was shown. */
    public void answeredOnForm(List<Answer> formAnswers, String noticeVersion) {
        answers.clear();
        answers.addAll(formAnswers);
        privacyNotice = noticeVersion;
    }

    public List<Answer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public String getPrivacyNotice() {
        return privacyNotice;
    }

    public Long getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getTouchpointId() {
        return touchpointId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getNps() {
        return nps;
    }

    public Integer getCsat() {
        return csat;
    }

    public Integer getCes() {
        return ces;
    }

    public String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestHash() {
        return requestHash;
    }
}
