package org.cxloop.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LoginThrottle.Policy POLICY =
            new LoginThrottle.Policy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void tenFailuresWithinFifteenMinutesLockTheAccount() {
        LoginThrottle throttle = new LoginThrottle("anna", T0);
        for (int i = 1; i <= 9; i++) {
            assertFalse(throttle.recordFailure(T0.plusSeconds(i * 60L), POLICY), "failure " + i);
            assertFalse(throttle.isLocked(T0.plusSeconds(i * 60L)));
        }
        assertTrue(throttle.recordFailure(T0.plusSeconds(600), POLICY), "the tenth failure locks");
        assertTrue(throttle.isLocked(T0.plusSeconds(601)));
        assertEquals(T0.plusSeconds(600).plus(Duration.ofMinutes(15)), throttle.getLockedUntil());
        assertFalse(throttle.isLocked(T0.plusSeconds(600).plus(Duration.ofMinutes(15))), "lock ends");
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        LoginThrottle throttle = new LoginThrottle("anna", T0);
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure(T0, POLICY);
        }
        assertFalse(throttle.recordFailure(T0.plus(Duration.ofMinutes(16)), POLICY));
        assertEquals(1, throttle.getFailures());
    }

    @Test
    void aFailureAfterTheLockStartsAFreshCount() {
        LoginThrottle throttle = new LoginThrottle("anna", T0);
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(T0, POLICY);
        }
        Instant after = T0.plus(Duration.ofMinutes(20));
        assertFalse(throttle.recordFailure(after, POLICY));
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isLocked(after));
    }

    @Test
    void successResets() {
        LoginThrottle throttle = new LoginThrottle("anna", T0);
        throttle.recordFailure(T0, POLICY);
        throttle.reset(T0.plusSeconds(1));
        assertEquals(0, throttle.getFailures());
        assertNull(throttle.getLockedUntil());
    }

    @Test
    void entitiesGuardTheirRules() {
        assertThrows(IllegalArgumentException.class,
                () -> new AppUser("x", "X", "h", Set.of(Role.INTEGRATION), T0), "integration is not for people");
        assertThrows(IllegalArgumentException.class,
                () -> new ApiToken("t", "h", "p", Set.of(), null, "admin", T0), "a token needs a role");
        assertEquals("anna.nowak", AppUser.normalise("  Anna.Nowak "));
        ApiToken token = new ApiToken("t", "h", "p", Set.of(Role.INTEGRATION), T0.plusSeconds(60), "admin", T0);
        assertTrue(token.isUsable(T0));
        assertEquals("expired", token.status(T0.plusSeconds(60)));
        token.revoke("admin", T0);
        assertEquals("revoked", token.status(T0));
        assertFalse(token.isUsable(T0));
    }
}
