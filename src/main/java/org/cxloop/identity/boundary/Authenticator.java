package org.cxloop.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cxloop.identity.control.PasswordHasher;
import org.cxloop.identity.control.TokenCodec;
import org.cxloop.identity.entity.ApiToken;
import org.cxloop.identity.entity.AppUser;
import org.cxloop.identity.entity.LoginThrottle;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.control.Config;

/**
 * Checks credentials: passwords (with the per-account throttle) and API tokens. Unknown accounts cost the same
 * hashing time as known ones and are throttled the same way, so neither timing nor locks reveal which exist.
 */
@Stateless
public class Authenticator {

    static final LoginThrottle.Policy POLICY = new LoginThrottle.Policy(
            (int) Config.number("CXLOOP_LOGIN_MAX_FAILURES", 10),
            Duration.ofSeconds(Config.number("CXLOOP_LOGIN_WINDOW_SECONDS", 15 * 60)),
            Duration.ofSeconds(Config.number("CXLOOP_LOGIN_LOCK_SECONDS", 15 * 60)));

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String DUMMY_HASH = HASHER.hash("no such user, no such password".toCharArray());

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    AuditLog audit;

    public LoginResult login(String username, char[] password) {
        Instant now = Instant.now();
        String key = AppUser.normalise(username);
        if (key == null || key.isEmpty() || key.length() > 64 || password == null || password.length > 1024) {
            HASHER.verify("x".toCharArray(), DUMMY_HASH);
            return LoginResult.invalid();
        }
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.isLocked(now)) {
            return LoginResult.locked(throttle.getLockedUntil());
        }
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", key)
                .getResultStream().findFirst().orElse(null);
        boolean matches = HASHER.verify(password, user == null ? DUMMY_HASH : user.getPasswordHash());
        if (matches && user.isActive()) {
            if (throttle != null) {
                throttle.reset(now);
            }
            user.recordLogin(now);
            if (HASHER.needsRehash(user.getPasswordHash())) {
                user.rehash(HASHER.hash(password));
            }
            audit.record(key, "login", "user:" + key, null);
            return LoginResult.ok(callerOf(user, now));
        }
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        boolean lockedNow = throttle.recordFailure(now, POLICY);
        if (user != null) {
            audit.record(key, lockedNow ? "login-locked" : "login-failed", "user:" + key,
                    "failures=" + throttle.getFailures());
        }
        return lockedNow ? LoginResult.locked(throttle.getLockedUntil()) : LoginResult.invalid();
    }

    /** The caller behind an API token secret, if the token exists and is usable. */
    public Optional<Caller> token(String secret) {
        if (!TokenCodec.isPlausible(secret)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", TokenCodec.hash(secret))
                .getResultStream().findFirst()
                .filter(token -> token.isUsable(now))
                .map(token -> {
                    if (token.lastUseIsStale(now)) {
                        em.createNamedQuery(ApiToken.MARK_USED).setParameter("now", now)
                                .setParameter("id", token.getId()).executeUpdate();
                    }
                    return new Caller("token:" + token.getName(), token.getName(), token.getRoles(), now);
                });
    }

    /** The current roles of a signed-in user, or empty when the account was deactivated meanwhile. */
    public Optional<Caller> recheck(String username) {
        Instant now = Instant.now();
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username)
                .getResultStream().findFirst()
                .filter(AppUser::isActive)
                .map(user -> callerOf(user, now));
    }

    private static Caller callerOf(AppUser user, Instant now) {
        return new Caller(user.getUsername(), user.getDisplayName(), user.getRoles(), now);
    }
}
