package org.cxloop.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.entity.Survey;

/**
 * {@code POST /invitations}: invite customers to an active survey by e-mail. Each customer gets a result —
 * {@code sent}, {@code skipped} (contact fatigue) or {@code bounced} (the mail server refused).
 */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    static final int MAX_PER_CALL = 1000;
    static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]{1,189}");
    static final Pattern EXTERNAL_ID = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    @Inject
    Invitations invitations;

    @Inject
    Surveys surveys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public String invite(String body, @Context UriInfo uri) {
        JsonObject json = parse(body);
        String code = json.get("survey") instanceof JsonString s ? s.getString() : null;
        Survey survey = code == null ? null : surveys.byCode(code).orElse(null);
        if (survey == null || !survey.acceptsResponses()) {
            throw ProblemException.invalid("survey", survey == null ? "unknown-survey" : "survey-not-active", code);
        }
        JsonValue list = json.get("customers");
        if (!(list instanceof JsonArray customers) || customers.isEmpty() || customers.size() > MAX_PER_CALL) {
            throw ProblemException.invalid("customers", "invalid", "1 to " + MAX_PER_CALL + " customers");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            JsonValue value = customers.get(i);
            JsonObject customer = value instanceof JsonObject o ? o : null;
            if (customer == null || !EXTERNAL_ID.matcher(text(customer, "externalId")).matches()) {
                errors.add(new FieldError("customers[" + i + "].externalId", "invalid", null));
            }
            if (customer == null || !EMAIL.matcher(text(customer, "email")).matches()) {
                errors.add(new FieldError("customers[" + i + "].email", "invalid-email", null));
            }
            String language = customer == null ? "" : text(customer, "language");
            if (!language.isEmpty() && !language.equals("pl") && !language.equals("en")) {
                errors.add(new FieldError("customers[" + i + "].language", "unknown-language", "pl or en"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String baseUrl = Config.value("CXLOOP_PUBLIC_URL",
                uri.getBaseUri().toString().replaceFirst("/api/v1/?$", "")).replaceFirst("/$", "");
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonObject customer : customers.getValuesAs(JsonObject.class)) {
            String language = text(customer, "language");
            Invitations.Outcome outcome = invitations.invite(survey, text(customer, "externalId").strip(),
                    text(customer, "email").strip(), language.isEmpty() ? null : language, baseUrl);
            JsonObjectBuilder result = Json.createObjectBuilder().add("externalId", outcome.externalId())
                    .add("status", outcome.status());
            if (outcome.reason() != null) {
                result.add("reason", outcome.reason());
            }
            results.add(result);
        }
        return Json.createObjectBuilder().add("results", results).build().toString();
    }

    /** Sends the reminders that are due now, without waiting for the schedule (operations, tests). */
    @POST
    @Path("reminders")
    @RolesAllowed("cx-admin")
    public String remindNow() {
        return Json.createObjectBuilder().add("sent", invitations.remindDue(java.time.Instant.now())).build().toString();
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString s ? s.getString() : "";
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "body-required");
        }
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // reported below
        }
        throw new ProblemException(400, "malformed-json");
    }
}
