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

/**
 * How one category of the previous version lives on in a version: kept (perhaps renamed or moved), merged into
 * another, split into several (one row per part), or retired (no successor).
 */
@Entity
@Table(name = "CX_CATEGORY_LINEAGE")
@NamedQuery(name = CategoryLineage.OF_VERSION,
        query = "SELECT l FROM CategoryLineage l WHERE l.versionId = :version ORDER BY l.fromCode, l.toCode")
public class CategoryLineage {

    public static final String OF_VERSION = "CategoryLineage.ofVersion";

    /** What happened to the previous version's category. */
    public enum Kind { KEEP, RENAME, MOVE, MERGE, SPLIT, RETIRE }

    @Id
    @SequenceGenerator(name = "cx_category_lineage_seq", sequenceName = "CX_CATEGORY_LINEAGE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_category_lineage_seq")
    private Long id;

    @Column(name = "TAXONOMY_VERSION_ID", nullable = false)
    private Long versionId;

    @Column(name = "FROM_CODE", nullable = false, length = 64)
    private String fromCode;

    @Column(name = "TO_CODE", length = 64)
    private String toCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private Kind kind;

    protected CategoryLineage() {
    }

    public CategoryLineage(Long versionId, String fromCode, String toCode, Kind kind) {
        this.versionId = versionId;
        this.fromCode = fromCode;
        this.toCode = toCode;
        this.kind = kind;
    }

    public String getFromCode() {
        return fromCode;
    }

    public String getToCode() {
        return toCode;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getVersionId() {
        return versionId;
    }
}
