package org.cxloop.survey.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;

/**
 * Reads the body of {@code POST /api/v1/responses} field by field, so that every rejection names its field
 * ({@code scores.nps}, {@code customer.externalId}, ...) and all of them are reported at once.
 */
public final class ResponseParser {

    public static final Set<String> CHANNELS = Set.of("web", "email", "phone", "chat", "app", "api");
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final int maxCommentChars;

    public ResponseParser(int maxCommentChars) {
        this.maxCommentChars = maxCommentChars;
    }

    public ResponseInput parse(String body, Instant now) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "body-required");
        }
        JsonValue value;
        try {
            value = Json.createReader(new StringReader(body)).readValue();
        } catch (JsonException e) {
            throw new ProblemException(400, "malformed-json");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProblemException(400, "malformed-json");
        }
        JsonObject json = value.asJsonObject();
        List<FieldError> errors = new ArrayList<>();

        String survey = code(json, "survey", true, errors);
        String touchpoint = code(json, "touchpoint", false, errors);
        ResponseInput.CustomerInput customer = customer(json, errors);

        JsonObject scores = object(json, "scores", "scores", errors);
        Integer nps = scores == null ? null : score(scores, "nps", 0, 10, errors);
        Integer csat = scores == null ? null : score(scores, "csat", 1, 5, errors);
        Integer ces = scores == null ? null : score(scores, "ces", 1, 7, errors);

        String comment = text(json, "comment", "comment", maxCommentChars, true, errors);
        String channel = text(json, "channel", "channel", 10, false, errors);
        if (channel != null && !CHANNELS.contains(channel)) {
            errors.add(new FieldError("channel", "unknown-channel", "one of " + CHANNELS));
        }
        String language = language(json, "language", "language", errors);
        Instant submittedAt = instant(json, now, errors);

        if (nps == null && csat == null && ces == null && (comment == null || comment.isBlank())
                && errors.stream().noneMatch(e -> e.field().startsWith("scores") || e.field().equals("comment"))) {
            errors.add(new FieldError("scores", "score-or-comment-required", "send at least one score or a comment"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ResponseInput(survey, touchpoint, customer, nps, csat, ces,
                comment == null || comment.isBlank() ? null : comment.strip(), channel == null ? "api" : channel,
                language != null ? language : customer == null ? null : customer.language(),
                submittedAt == null ? now : submittedAt, json.toString());
    }

    private static ResponseInput.CustomerInput customer(JsonObject json, List<FieldError> errors) {
        JsonObject customer = object(json, "customer", "customer", errors);
        if (customer == null) {
            return null;
        }
        String externalId = text(customer, "externalId", "customer.externalId", 100, false, errors);
        if (externalId == null || externalId.isBlank()) {
            if (errors.stream().noneMatch(e -> e.field().equals("customer.externalId"))) {
                errors.add(new FieldError("customer.externalId", "required", "the host platform's customer id"));
            }
        }
        String email = text(customer, "email", "customer.email", 254, false, errors);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            errors.add(new FieldError("customer.email", "invalid-email", "an e-mail address"));
        }
        String segment = text(customer, "segment", "customer.segment", 64, false, errors);
        String language = language(customer, "language", "customer.language", errors);
        return new ResponseInput.CustomerInput(externalId == null ? null : externalId.strip(), email, segment, language);
    }

    private static JsonObject object(JsonObject json, String name, String field, List<FieldError> errors) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError(field, "wrong-type", "an object"));
            return null;
        }
        return value.asJsonObject();
    }

    private static Integer score(JsonObject scores, String name, int min, int max, List<FieldError> errors) {
        JsonValue value = scores.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String field = "scores." + name;
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            errors.add(new FieldError(field, "wrong-type", "a whole number from " + min + " to " + max));
            return null;
        }
        long score = number.bigDecimalValue().longValue();
        if (number.bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(score)) != 0 || score < min || score > max) {
            errors.add(new FieldError(field, "out-of-range", "a whole number from " + min + " to " + max));
            return null;
        }
        return (int) score;
    }

    private static String code(JsonObject json, String name, boolean required, List<FieldError> errors) {
        String code = text(json, name, name, 64, false, errors);
        if (code == null) {
            if (required && errors.stream().noneMatch(e -> e.field().equals(name))) {
                errors.add(new FieldError(name, "required", "a code"));
            }
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError(name, "invalid-code", "lower-case letters, digits and '-'"));
            return null;
        }
        return code;
    }

    private static String language(JsonObject json, String name, String field, List<FieldError> errors) {
        String language = text(json, name, field, 5, false, errors);
        if (language != null && !language.equals("pl") && !language.equals("en")) {
            errors.add(new FieldError(field, "unknown-language", "pl or en"));
            return null;
        }
        return language;
    }

    /** A string field: right type, not too long, and free of control characters (line breaks allowed if asked). */
    private static String text(JsonObject json, String name, String field, int maxChars, boolean multiline,
                               List<FieldError> errors) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            errors.add(new FieldError(field, "wrong-type", "a string"));
            return null;
        }
        String text = string.getString();
        if (text.codePointCount(0, text.length()) > maxChars) {
            errors.add(new FieldError(field, "too-long", "at most " + maxChars + " characters"));
            return null;
        }
        boolean control = text.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            errors.add(new FieldError(field, "control-characters", "no control characters"));
            return null;
        }
        return text;
    }

    private static Instant instant(JsonObject json, Instant now, List<FieldError> errors) {
        JsonValue value = json.get("submittedAt");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            errors.add(new FieldError("submittedAt", "wrong-type", "an ISO-8601 date-time with offset"));
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(string.getString()).toInstant();
            if (instant.isBefore(EARLIEST) || instant.isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError("submittedAt", "out-of-range", "not in the future"));
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("submittedAt", "invalid-date-time", "an ISO-8601 date-time with offset"));
            return null;
        }
    }
}
