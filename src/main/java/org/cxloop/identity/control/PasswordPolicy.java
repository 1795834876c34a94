package org.cxloop.identity.control;

import java.util.Optional;

/**
 * What a password must be: 12 to 128 characters, no control characters, not the username. Length beats
 * composition rules (NIST SP 800-63B), so there are none of those.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The code of the first rule the password breaks, if any. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password-too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password-too-long");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("password-control-characters");
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            return Optional.of("password-is-username");
        }
        return Optional.empty();
    }
}
