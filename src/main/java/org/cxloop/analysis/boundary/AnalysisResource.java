package org.cxloop.analysis.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.cxloop.analysis.entity.CommentAnalysis;
import org.cxloop.platform.boundary.JsonBodies;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;

/** {@code POST /analysis}: analyse a text without storing it. */
@Path("analysis")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    static final int MAX_CHARS = (int) Config.number("CXLOOP_COMMENT_MAX_CHARS", 10_000);

    @Inject
    TextAnalyzer analyzer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst", "cx-agent"})
    public String analyse(String body) {
        JsonObject json = JsonBodies.read(body, JsonObject.class);
        List<FieldError> errors = new ArrayList<>();
        JsonValue text = json.get("text");
        if (!(text instanceof JsonString s) || s.getString().isBlank()) {
            errors.add(new FieldError("text", "required", null));
        } else if (s.getString().length() > MAX_CHARS) {
            errors.add(new FieldError("text", "too-long", String.valueOf(MAX_CHARS)));
        } else if (s.getString().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError("text", "control-characters", null));
        }
        JsonValue language = json.get("language");
        String hint = null;
        if (language != null && language != JsonValue.NULL) {
            if (language instanceof JsonString l && (l.getString().equals("pl") || l.getString().equals("en"))) {
                hint = l.getString();
            } else {
                errors.add(new FieldError("language", "unknown-language", "pl or en"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        TextAnalyzer.Result result = analyzer.analyse(((JsonString) text).getString(), hint);
        return json(result.language(), result.sentiment(), result.confidence(), result.categories()).build().toString();
    }

    /** The analysis block as BRIEF.md's API contract names it. */
    public static JsonObjectBuilder json(String language, String sentiment, Double confidence, List<String> categories) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        categories.forEach(list::add);
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (language != null) {
            json.add("language", language);
        }
        if (sentiment != null) {
            json.add("sentiment", sentiment);
        }
        if (confidence != null) {
            json.add("confidence", Math.round(confidence * 1000) / 1000.0);
        }
        return json.add("categories", list);
    }

    /** The block of {@code GET /responses/{id}}: status pending, auto, reviewed or failed, with what is known. */
    public static JsonObjectBuilder json(CommentAnalysis analysis) {
        if (analysis == null) {
            return Json.createObjectBuilder().add("status", "pending").add("categories", Json.createArrayBuilder());
        }
        String status = switch (analysis.getStatus()) {
            case PENDING -> "pending";
            case AUTO, TO_REVIEW -> "auto";
            case REVIEWED -> "reviewed";
            case FAILED -> "failed";
        };
        return json(analysis.getLanguage(), analysis.getSentiment(), analysis.getConfidence(), analysis.getCategories())
                .add("status", status).add("needsReview", analysis.getStatus() == CommentAnalysis.Status.TO_REVIEW);
    }
}
