package org.cxloop.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.cxloop.identity.control.PasswordHasher;
import org.cxloop.identity.control.PasswordPolicy;
import org.cxloop.identity.control.TokenCodec;
import org.cxloop.identity.entity.ApiToken;
import org.cxloop.identity.entity.AppUser;
import org.cxloop.identity.entity.Role;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.boundary.StartupCompleted;
import org.cxloop.platform.control.Config;

/**
 * First start: creates the {@code admin} user and one integration API token. Their secrets come from
 * {@code CXLOOP_ADMIN_PASSWORD} and {@code CXLOOP_API_TOKEN} when set; otherwise they are generated and printed
 * once in the server log. Later starts find them and change nothing.
 */
@Stateless
public class IdentitySeeder {

    private static final Logger LOG = Logger.getLogger(IdentitySeeder.class.getName());
    private static final PasswordHasher HASHER = new PasswordHasher();

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    AuditLog audit;

    public void seed(@Observes StartupCompleted startup) {
        Instant now = Instant.now();
        if (count("SELECT COUNT(u) FROM AppUser u") == 0) {
            createAdmin(now);
        }
        if (count("SELECT COUNT(t) FROM ApiToken t") == 0) {
            createIntegrationToken(now);
        }
        if (startup.demoData() && em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", "anna.analityk").getResultList().isEmpty()) {
            createDemoUser("anna.analityk", "Anna Analityk", Role.ANALYST, now);
            createDemoUser("jan.agent", "Jan Agent", Role.AGENT, now);
        }
    }

    private void createAdmin(Instant now) {
        Optional<String> configured = Config.value("CXLOOP_ADMIN_PASSWORD");
        String password;
        if (configured.isPresent() && PasswordPolicy.violation(configured.get(), "admin").isEmpty()) {
            password = configured.get();
            banner("Created user 'admin' with the password from CXLOOP_ADMIN_PASSWORD.");
        } else {
            if (configured.isPresent()) {
                LOG.severe("CXLOOP_ADMIN_PASSWORD is ignored: it must have " + PasswordPolicy.MIN_LENGTH
                        + " to " + PasswordPolicy.MAX_LENGTH + " characters and differ from the username.");
            }
            password = TokenCodec.generate().substring(TokenCodec.PREFIX.length(), TokenCodec.PREFIX.length() + 20);
            banner("Created user 'admin' with the generated password: " + password
                    + "\n  It is shown only now. Change it under Account after signing in.");
        }
        AppUser admin = new AppUser("admin", "Administrator", HASHER.hash(password.toCharArray()),
                EnumSet.of(Role.ADMIN), now);
        em.persist(admin);
        audit.record("system", "user-created", "user:admin", "first start");
    }

    private void createIntegrationToken(Instant now) {
        Optional<String> configured = Config.value("CXLOOP_API_TOKEN");
        String secret;
        if (configured.isPresent() && TokenCodec.isPlausible(configured.get())) {
            secret = configured.get();
            banner("Created API token 'integration' (role cx-integration) from CXLOOP_API_TOKEN.");
        } else {
            if (configured.isPresent()) {
                LOG.severe("CXLOOP_API_TOKEN is ignored: it must have " + TokenCodec.MIN_LENGTH + " to "
                        + TokenCodec.MAX_LENGTH + " printable characters without spaces.");
            }
            secret = TokenCodec.generate();
            banner("Created API token 'integration' (role cx-integration): " + secret
                    + "\n  It is shown only now; it is stored hashed.");
        }
        em.persist(new ApiToken("integration", TokenCodec.hash(secret), TokenCodec.displayPrefix(secret),
                Set.of(Role.INTEGRATION), null, "system", now));
        audit.record("system", "token-created", "token:integration", "first start");
    }

    private void createDemoUser(String username, String name, Role role, Instant now) {
        String password = TokenCodec.generate().substring(4, 20);
        AppUser user = new AppUser(username, name, HASHER.hash(password.toCharArray()), EnumSet.of(role), now);
        user.describe(name, null, "pl");
        em.persist(user);
        banner("Demo data: user '" + username + "' (" + role.code() + ") with password " + password);
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static void banner(String text) {
        LOG.warning("\n================ CX Loop ================\n  " + text + "\n=========================================");
    }
}
