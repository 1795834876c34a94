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
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in to the back office. */
@Entity
@Table(name = "CX_USER")
@NamedQuery(name = AppUser.BY_USERNAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = AppUser.ALL, query = "SELECT u FROM AppUser u ORDER BY u.username")
@NamedQuery(name = AppUser.ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(u) FROM AppUser u JOIN u.roles r WHERE u.active = TRUE AND r = :role")
public class AppUser {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String ALL = "AppUser.all";
    public static final String ACTIVE_WITH_ROLE = "AppUser.activeWithRole";

    @Id
    @SequenceGenerator(name = "cx_user_seq", sequenceName = "CX_USER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_user_seq")
    private Long id;

    @Column(name = "USERNAME", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 200)
    private String displayName;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "LANGUAGE", nullable = false, length = 5)
    private String language;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CX_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "ROLE_NAME", length = 32)
    private Set<String> roles = new TreeSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "PASSWORD_CHANGED_AT")
    private Instant passwordChangedAt;

    @Column(name = "LAST_LOGIN_AT")
    private Instant lastLoginAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = normalise(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = "en";
        this.active = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
        assignRoles(roles);
    }

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public void assignRoles(Set<Role> newRoles) {
        for (Role role : newRoles) {
            if (!Role.FOR_USERS.contains(role)) {
                throw new IllegalArgumentException(role.code() + " is for API tokens, not for people");
            }
        }
        roles.clear();
        newRoles.forEach(r -> roles.add(r.code()));
    }

    public void describe(String displayName, String email, String language) {
        this.displayName = displayName;
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.language = language == null ? "en" : language;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    public void rehash(String newHash) {
        this.passwordHash = newHash;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public void recordLogin(Instant now) {
        this.lastLoginAt = now;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.code());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(new TreeSet<>(roles));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
