package org.cxloop.platform.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Configuration read from system properties or the environment. A key is written in environment form
 * ({@code CXLOOP_ADMIN_PASSWORD}); the system property {@code cxloop.admin.password} wins over the variable.
 */
public final class Config {

    private Config() {
    }

    public static Optional<String> value(String envName) {
        String property = System.getProperty(propertyName(envName));
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(envName);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
    }

    public static String value(String envName, String fallback) {
        return value(envName).orElse(fallback);
    }

    public static long number(String envName, long fallback) {
        return value(envName).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException(envName + " must be a whole number, not '" + v + "'", e);
            }
        }).orElse(fallback);
    }

    public static boolean flag(String envName) {
        return value(envName).map(v -> v.trim().equalsIgnoreCase("true") || v.trim().equals("1")).orElse(false);
    }

    static String propertyName(String envName) {
        return envName.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
