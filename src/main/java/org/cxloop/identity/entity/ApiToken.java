package org.cxloop.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An API credential for a system (CRM, ERP, contact centre). Only the SHA-256 of the secret is kept, with a short
 * prefix so that people can tell tokens apart. Revoked or expired tokens stay for the record.
 */
@Entity
@Table(name = "CX_API_TOKEN")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.MARK_USED, query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
@NamedQuery(name = ApiToken.ALL, query = "SELECT t FROM ApiToken t ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String ALL = "ApiToken.all";
    public static final String MARK_USED = "ApiToken.markUsed";

    /** lastUsedAt is written at most this often, so that busy integrations do not write on every call. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "cx_api_token_seq", sequenceName = "CX_API_TOKEN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_api_token_seq")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "PREFIX", nullable = false, length = 16)
    private String prefix;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CX_API_TOKEN_ROLE", joinColumns = @JoinColumn(name = "TOKEN_ID"))
    @Column(name = "ROLE_NAME", length = 32)
    private Set<String> roles = new TreeSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "EXPIRES_AT")
    private Instant expiresAt;

    @Column(name = "LAST_USED_AT")
    private Instant lastUsedAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    @Column(name = "REVOKED_BY", length = 64)
    private String revokedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ApiToken() {
    }

    public ApiToken(String name, String tokenHash, String prefix, Set<Role> roles, Instant expiresAt, String createdBy,
                    Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one role");
        }
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        roles.forEach(r -> this.roles.add(r.code()));
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * Whether a use at {@code now} is worth recording. The write itself is a bulk update without a version check
     * ({@link #MARK_USED}), so that parallel requests with one token never conflict.
     */
    public boolean lastUseIsStale(Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USED_RESOLUTION).isBefore(now);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public String status(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return isUsable(now) ? "active" : "expired";
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(new TreeSet<>(roles));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
