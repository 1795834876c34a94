package org.cxloop.taxonomy.entity;

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

/** One version of the taxonomy: the draft being edited, the published one analysis uses, or an archived one. */
@Entity
@Table(name = "CX_TAXONOMY_VERSION")
@NamedQuery(name = TaxonomyVersion.BY_STATUS,
        query = "SELECT v FROM TaxonomyVersion v WHERE v.status = :status ORDER BY v.number DESC")
@NamedQuery(name = TaxonomyVersion.BY_NUMBER, query = "SELECT v FROM TaxonomyVersion v WHERE v.number = :number")
@NamedQuery(name = TaxonomyVersion.ALL, query = "SELECT v FROM TaxonomyVersion v ORDER BY v.number")
public class TaxonomyVersion {

    public static final String BY_STATUS = "TaxonomyVersion.byStatus";
    public static final String BY_NUMBER = "TaxonomyVersion.byNumber";
    public static final String ALL = "TaxonomyVersion.all";

    /** draft → published → archived (when a newer one is published). */
    public enum Status { DRAFT, PUBLISHED, ARCHIVED }

    @Id
    @SequenceGenerator(name = "cx_taxonomy_version_seq", sequenceName = "CX_TAXONOMY_VERSION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_taxonomy_version_seq")
    private Long id;

    @Column(name = "VERSION_NUMBER", nullable = false, unique = true)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status = Status.DRAFT;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    @Column(name = "PUBLISHED_BY", length = 64)
    private String publishedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected TaxonomyVersion() {
    }

    public TaxonomyVersion(int number, Instant now) {
        this.number = number;
        this.createdAt = now;
    }

    public void publish(String actor, Instant now) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("taxonomy-not-draft");
        }
        status = Status.PUBLISHED;
        publishedAt = now;
        publishedBy = actor;
    }

    public void archive() {
        status = Status.ARCHIVED;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
