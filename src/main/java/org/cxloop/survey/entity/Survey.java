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

/** A survey at one touchpoint. Responses are accepted only while it is active. */
@Entity
@Table(name = "CX_SURVEY")
@NamedQuery(name = Survey.BY_CODE, query = "SELECT s FROM Survey s WHERE s.code = :code")
@NamedQuery(name = Survey.ALL, query = "SELECT s FROM Survey s ORDER BY s.code")
public class Survey {

    public static final String BY_CODE = "Survey.byCode";
    public static final String ALL = "Survey.all";

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
    }

    /** Draft → active; a closed survey stays closed. */
    public void activate() {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("a closed survey cannot be reopened");
        }
        status = Status.ACTIVE;
    }

    public void close() {
        status = Status.CLOSED;
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
}
