package org.cxloop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cxloop.identity.control.PasswordHasher;
import org.cxloop.identity.control.PasswordPolicy;
import org.cxloop.identity.entity.AppUser;
import org.cxloop.identity.entity.Role;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.platform.control.Violations;

/** Managing the people who use the back office. */
@Stateless
public class Users {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @RolesAllowed("cx-admin")
    public List<AppUser> all() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    @PermitAll
    public Optional<AppUser> find(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", AppUser.normalise(username))
                .getResultStream().findFirst();
    }

    @RolesAllowed("cx-admin")
    public AppUser get(String username) {
        return find(username).orElseThrow(() -> new ProblemException(404, "user-not-found", username));
    }

    @RolesAllowed("cx-admin")
    public AppUser create(UserData data, String actor) {
        Violations.check(validator, data);
        Set<Role> roles = roles(data.getRoles());
        passwordRules(data.getPassword(), data.getUsername());
        if (find(data.getUsername()).isPresent()) {
            throw new ProblemException(409, "username-taken", data.getUsername());
        }
        Instant now = Instant.now();
        AppUser user = new AppUser(data.getUsername(), data.getDisplayName(),
                HASHER.hash(data.getPassword().toCharArray()), roles, now);
        user.describe(data.getDisplayName(), data.getEmail(), data.getLanguage());
        if (Boolean.FALSE.equals(data.getActive())) {
            user.activate(false);
        }
        em.persist(user);
        audit.record(actor, "user-created", "user:" + user.getUsername(), "roles=" + user.getRoles());
        return user;
    }

    /** Changes name, e-mail, language, roles and active flag; sets a new password when one is given. */
    @RolesAllowed("cx-admin")
    public AppUser update(String username, UserData data, String actor) {
        AppUser user = get(username);
        data.setUsername(user.getUsername());
        Violations.check(validator, data);
        Set<Role> roles = roles(data.getRoles());
        boolean active = data.getActive() == null ? user.isActive() : data.getActive();
        if (user.getUsername().equals(actor) && !active) {
            throw new ProblemException(409, "cannot-deactivate-self");
        }
        boolean staysAdmin = active && roles.contains(Role.ADMIN);
        if (user.isActive() && user.hasRole(Role.ADMIN) && !staysAdmin && activeAdmins() <= 1) {
            throw new ProblemException(409, "last-admin");
        }
        if (data.getPassword() != null) {
            passwordRules(data.getPassword(), user.getUsername());
            user.changePassword(HASHER.hash(data.getPassword().toCharArray()), Instant.now());
        }
        user.describe(data.getDisplayName(), data.getEmail(), data.getLanguage());
        user.assignRoles(roles);
        user.activate(active);
        audit.record(actor, "user-updated", "user:" + user.getUsername(),
                "roles=" + user.getRoles() + " active=" + active + (data.getPassword() != null ? " password reset" : ""));
        return user;
    }

    /** A signed-in user changes their own password, proving the current one. */
    @PermitAll
    public void changeOwnPassword(String username, String current, String replacement) {
        AppUser user = find(username).orElseThrow(() -> new ProblemException(404, "user-not-found", username));
        if (current == null || !HASHER.verify(current.toCharArray(), user.getPasswordHash())) {
            throw ProblemException.invalid("currentPassword", "password-wrong", null);
        }
        passwordRules(replacement, username);
        user.changePassword(HASHER.hash(replacement.toCharArray()), Instant.now());
        audit.record(username, "password-changed", "user:" + username, null);
    }

    @PermitAll
    public long activeAdmins() {
        return em.createNamedQuery(AppUser.ACTIVE_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN.code())
                .getSingleResult();
    }

    static Set<Role> roles(Set<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<FieldError> errors = new ArrayList<>();
        for (String code : codes) {
            Optional<Role> role = Role.ofCode(code);
            if (role.isEmpty()) {
                errors.add(new FieldError("roles", "unknown-role", String.valueOf(code)));
            } else if (!Role.FOR_USERS.contains(role.get())) {
                errors.add(new FieldError("roles", "role-not-for-users", code));
            } else {
                roles.add(role.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return roles;
    }

    static void passwordRules(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(code -> {
            throw ProblemException.invalid("password", code, null);
        });
    }
}
