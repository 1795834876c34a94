package org.cxloop.analysis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the engine (or a reviewer) says about one response's comment: pending until analysed; then auto (confident),
 * to review (below the confidence threshold) or reviewed; failed when the comment could not be analysed three times.
 */
@Entity
@Table(name = "CX_COMMENT_ANALYSIS")
@NamedQuery(name = CommentAnalysis.PENDING,
        query = "SELECT a.responseId FROM CommentAnalysis a WHERE a.status = :pending ORDER BY a.queuedAt, a.responseId")
public class CommentAnalysis {

    public static final String PENDING = "CommentAnalysis.pending";
    public static final int MAX_ATTEMPTS = 3;

    /** Where an analysis stands. */
    public enum Status { PENDING, AUTO, TO_REVIEW, REVIEWED, FAILED }

    @Id
    @Column(name = "RESPONSE_ID")
    private Long responseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "LANGUAGE", length = 5)
    private String language;

    @Column(name = "SENTIMENT", length = 10)
    private String sentiment;

    @Column(name = "CONFIDENCE")
    private Double confidence;

    @Column(name = "CATEGORIES", length = 1000)
    private String categories;

    @Column(name = "TAXONOMY_VERSION")
    private Integer taxonomyVersion;

    @Column(name = "MODEL_VERSION", length = 32)
    private String modelVersion;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "QUEUED_AT", nullable = false)
    private Instant queuedAt;

    @Column(name = "ANALYSED_AT")
    private Instant analysedAt;

    @Column(name = "ERROR", length = 200)
    private String error;

    @Column(name = "REVIEWED_BY", length = 64)
    private String reviewedBy;

    @Column(name = "REVIEWED_AT")
    private Instant reviewedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CommentAnalysis() {
    }

    public CommentAnalysis(long responseId, Instant now) {
        this.responseId = responseId;
        this.queuedAt = now;
    }

    /** The engine's result; below the threshold it waits for a person. */
    public void analysed(String language, String sentiment, double confidence, List<String> categories,
                         Integer taxonomyVersion, String modelVersion, double reviewBelow, Instant now) {
        if (status == Status.REVIEWED) {
            return;
        }
        this.language = language;
        this.sentiment = sentiment;
        this.confidence = confidence;
        String joined = String.join(",", categories);
        this.categories = joined.length() > 1000 ? joined.substring(0, joined.lastIndexOf(',', 1000)) : joined;
        this.taxonomyVersion = taxonomyVersion;
        this.modelVersion = modelVersion;
        this.analysedAt = now;
        this.error = null;
        this.status = confidence < reviewBelow ? Status.TO_REVIEW : Status.AUTO;
    }

    /** A person's verdict: the sentiment and categories as they should be; the engine never overrides it. */
    public void review(String sentiment, List<String> categories, String reviewer, Instant now) {
        if (status == Status.PENDING || status == Status.FAILED) {
            throw new IllegalStateException("analysis-not-ready");
        }
        this.sentiment = sentiment;
        this.categories = String.join(",", categories);
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.status = Status.REVIEWED;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getAnalysedAt() {
        return analysedAt;
    }

    /** One failed attempt; the third leaves it failed and visible. */
    public void failedOnce(String reason) {
        attempts++;
        error = reason == null ? "unknown" : reason.length() > 200 ? reason.substring(0, 200) : reason;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        }
    }

    public Long getResponseId() {
        return responseId;
    }

    public Status getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public String getSentiment() {
        return sentiment;
    }

    public Double getConfidence() {
        return confidence;
    }

    public List<String> getCategories() {
        return categories == null || categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    public Integer getTaxonomyVersion() {
        return taxonomyVersion;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getError() {
        return error;
    }
}
