package org.cxloop.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cxloop.platform.control.RandomTokens;

/**
 * API token secrets: {@code cxl_} and 256 random bits (Base64url). Being random, they are stored as a plain
 * SHA-256 (no slow hash needed), which also lets a request find its token with one indexed lookup.
 */
public final class TokenCodec {

    public static final String PREFIX = "cxl_";
    /** Shortest secret accepted from CXLOOP_API_TOKEN; generated ones are 47 characters. */
    public static final int MIN_LENGTH = 24;
    public static final int MAX_LENGTH = 200;

    private TokenCodec() {
    }

    public static String generate() {
        return PREFIX + RandomTokens.urlSafe(32);
    }

    public static boolean isPlausible(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH || secret.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What people see of a token: enough to recognise it, too little to use it. */
    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), 10));
    }
}
