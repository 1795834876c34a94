package org.cxloop.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to which record, and when. Written once, never changed. */
@Entity
@Table(name = "CX_AUDIT_LOG")
@NamedQuery(name = AuditEntry.RECENT, query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
public class AuditEntry {

    public static final String RECENT = "AuditEntry.recent";

    @Id
    @SequenceGenerator(name = "cx_audit_seq", sequenceName = "CX_AUDIT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_audit_seq")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant at;

    @Column(name = "ACTOR", nullable = false, length = 64)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 64)
    private String action;

    @Column(name = "TARGET", length = 200)
    private String target;

    @Column(name = "DETAIL", length = 500)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String target, String detail) {
        this.at = at;
        this.actor = cut(actor == null ? "system" : actor, 64);
        this.action = cut(action, 64);
        this.target = cut(target, 200);
        this.detail = cut(detail, 500);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
