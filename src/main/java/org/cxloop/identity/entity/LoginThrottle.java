package org.cxloop.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one account name (existing or not, so that the lock tells nothing about which accounts
 * exist). {@code maxFailures} failures inside {@code window} lock the name for {@code lock}.
 */
@Entity
@Table(name = "CX_LOGIN_THROTTLE")
public class LoginThrottle {

    /** The rule: how many failures within which window lock an account, and for how long. */
    public record Policy(int maxFailures, Duration window, Duration lock) {
        public Policy {
            if (maxFailures < 1 || window.isNegative() || lock.isNegative()) {
                throw new IllegalArgumentException("invalid login throttle policy");
            }
        }
    }

    @Id
    @Column(name = "USERNAME", length = 64)
    private String username;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "WINDOW_START", nullable = false)
    private Instant windowStart;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username, Instant now) {
        this.username = username;
        this.windowStart = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; returns true when this failure locked the account. */
    public boolean recordFailure(Instant now, Policy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            reset(now);
        }
        if (now.isAfter(windowStart.plus(policy.window()))) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        if (failures >= policy.maxFailures() && !isLocked(now)) {
            lockedUntil = now.plus(policy.lock());
            return true;
        }
        return false;
    }

    public void reset(Instant now) {
        failures = 0;
        windowStart = now;
        lockedUntil = null;
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
