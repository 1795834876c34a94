package org.cxloop.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Synchroniser tokens: 256 random bits per session, compared in constant time. */
public final class CsrfTokens {

    public static final String SESSION_ATTRIBUTE = "cxloop.csrf";
    public static final String PARAMETER = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private CsrfTokens() {
    }

    public static String newToken() {
        return RandomTokens.urlSafe(32);
    }

    public static boolean matches(String expected, String presented) {
        if (expected == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
