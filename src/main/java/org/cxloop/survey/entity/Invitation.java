package org.cxloop.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.cxloop.platform.control.RandomTokens;

/**
 * An invitation of one customer to one survey, with a personal link ({@code /cxloop/s/{token}}, 128 random bits)
 * that can be answered once: sent → opened → completed, or bounced when the e-mail could not be sent.
 */
@Entity
@Table(name = "CX_INVITATION")
@NamedQuery(name = Invitation.BY_TOKEN, query = "SELECT i FROM Invitation i WHERE i.token = :token")
@NamedQuery(name = Invitation.LAST_FOR_CUSTOMER,
        query = "SELECT MAX(i.createdAt) FROM Invitation i WHERE i.customerId = :customer AND i.status <> :bounced")
@NamedQuery(name = Invitation.REMINDER_CANDIDATES, query = "SELECT i FROM Invitation i, Survey s"
        + " WHERE s.id = i.surveyId AND s.status = :active AND s.reminderDays > 0 AND i.status IN :open"
        + " AND i.remindedAt IS NULL AND i.sentAt IS NOT NULL AND i.sentAt <= :sentBefore ORDER BY i.sentAt")
@NamedQuery(name = Invitation.BY_SURVEY,
        query = "SELECT i FROM Invitation i WHERE i.surveyId = :survey ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(name = Invitation.COUNTS_BY_STATUS,
        query = "SELECT i.status, COUNT(i) FROM Invitation i WHERE i.surveyId = :survey GROUP BY i.status")
public class Invitation {

    public static final String REMINDER_CANDIDATES = "Invitation.reminderCandidates";
    public static final String BY_SURVEY = "Invitation.bySurvey";
    public static final String COUNTS_BY_STATUS = "Invitation.countsByStatus";

    public static final String BY_TOKEN = "Invitation.byToken";
    public static final String LAST_FOR_CUSTOMER = "Invitation.lastForCustomer";

    /** Where an invitation stands. */
    public enum Status { SENT, OPENED, COMPLETED, BOUNCED }

    @Id
    @SequenceGenerator(name = "cx_invitation_seq", sequenceName = "CX_INVITATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_invitation_seq")
    private Long id;

    @Column(name = "TOKEN", nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "SURVEY_ID", nullable = false)
    private Long surveyId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "EMAIL", nullable = false, length = 254)
    private String email;

    @Column(name = "LANGUAGE", nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "SENT_AT")
    private Instant sentAt;

    @Column(name = "OPENED_AT")
    private Instant openedAt;

    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    @Column(name = "RESPONSE_ID")
    private Long responseId;

    @Column(name = "FAILURE", length = 200)
    private String failure;

    @Column(name = "REMINDED_AT")
    private Instant remindedAt;

    /** The address of CX Loop the link was built with, so that reminders carry the same link. */
    @Column(name = "LINK_BASE", length = 300)
    private String linkBase;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Invitation() {
    }

    public Invitation(Long surveyId, Long customerId, String email, String language, Instant now) {
        this.token = RandomTokens.urlSafe(16);
        this.surveyId = surveyId;
        this.customerId = customerId;
        this.email = email;
        this.language = language;
        this.status = Status.SENT;
        this.createdAt = now;
    }

    public void sent(Instant now, String linkBase) {
        sentAt = now;
        this.linkBase = linkBase != null && linkBase.length() > 300 ? null : linkBase;
    }

    /** One reminder per invitation, only while it is unanswered. */
    public boolean remindable() {
        return remindedAt == null && (status == Status.SENT || status == Status.OPENED);
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getFailure() {
        return failure;
    }

    public String getLinkBase() {
        return linkBase;
    }

    public void bounced(String reason) {
        status = Status.BOUNCED;
        failure = reason == null ? "unknown" : reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    public void opened(Instant now) {
        if (status == Status.SENT) {
            status = Status.OPENED;
            openedAt = now;
        }
    }

    /** The customer answered; a personal link is answered once. */
    public void completed(Long responseId, Instant now) {
        if (status == Status.COMPLETED) {
            throw new IllegalStateException("invitation-already-answered");
        }
        status = Status.COMPLETED;
        this.responseId = responseId;
        completedAt = now;
    }

    public boolean isAnswered() {
        return status == Status.COMPLETED;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public Long getResponseId() {
        return responseId;
    }
}
