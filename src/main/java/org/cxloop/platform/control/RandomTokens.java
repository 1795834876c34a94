package org.cxloop.platform.control;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens from a secure random source, written URL-safe (Base64url without padding). */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code bytes} random bytes: 16 give 128 bits (22 characters), 32 give 256 bits (43 characters). */
    public static String urlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
