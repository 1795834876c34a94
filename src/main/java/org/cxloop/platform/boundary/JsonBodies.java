package org.cxloop.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.cxloop.platform.control.ProblemException;

/**
 * Reads JSON request bodies with JSON-B, the same way on every server: an empty body is 400 body-required,
 * anything that is not JSON of the expected shape (syntax, wrong types) is 400 malformed-json.
 */
public final class JsonBodies {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonBodies() {
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "body-required");
        }
        try {
            T value = JSONB.fromJson(body, type);
            if (value == null) {
                throw new ProblemException(400, "body-required");
            }
            return value;
        } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
            throw new ProblemException(400, "malformed-json");
        }
    }
}
