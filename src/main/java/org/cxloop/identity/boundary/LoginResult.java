package org.cxloop.identity.boundary;

import java.time.Instant;

/** How a sign-in attempt ended. {@code lockedUntil} is set when the account is locked. */
public record LoginResult(Outcome outcome, Caller caller, Instant lockedUntil) {

    public static final String REQUEST_ATTRIBUTE = "cxloop.loginResult";

    public enum Outcome { OK, INVALID, LOCKED }

    static LoginResult ok(Caller caller) {
        return new LoginResult(Outcome.OK, caller, null);
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, until);
    }
}
