package org.cxloop.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Renders problem details (RFC 9457) as {@code application/problem+json}. Every problem carries a stable
 * {@code code}; its type is {@code urn:cxloop:problem:<code>}; title and detail come from the bundles.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static String json(Locale locale, int status, String code, String instance, List<FieldError> fieldErrors,
                              Object... arguments) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:cxloop:problem:" + code)
                .add("title", title(locale, code, status))
                .add("status", status)
                .add("code", code)
                .add("detail", detail(locale, code, arguments));
        if (instance != null) {
            body.add("instance", instance);
        }
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldError error : fieldErrors) {
                errors.add(Json.createObjectBuilder()
                        .add("field", error.field())
                        .add("code", error.code())
                        .add("message", error.message() == null ? "" : error.message()));
            }
            body.add("errors", errors);
        }
        return body.build().toString();
    }

    public static String title(Locale locale, String code, int status) {
        String key = "problem." + code + ".title";
        return Messages.has(key) ? Messages.text(locale, key) : Messages.text(locale, "problem.http.title", status);
    }

    public static String detail(Locale locale, String code, Object... arguments) {
        String key = "problem." + code + ".detail";
        return Messages.has(key) ? Messages.text(locale, key, arguments) : title(locale, code, 0);
    }

    /** The stable code for a plain HTTP status that no component gave a more specific one. */
    public static String codeForStatus(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
    }
}
