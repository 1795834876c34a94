package org.cxloop.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.cxloop.customer.boundary.Customers;
import org.cxloop.customer.entity.Customer;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.control.ResponseInput;
import org.cxloop.survey.control.ResponseParser;
import org.cxloop.survey.entity.Survey;
import org.cxloop.survey.entity.SurveyResponse;

/**
 * {@code POST /responses} (idempotent with {@code Idempotency-Key}) and {@code GET /responses/{id}}.
 * A response is acknowledged (201) only after its transaction committed: the EJB call returns after commit.
 */
@Path("responses")
@Produces(MediaType.APPLICATION_JSON)
public class ResponsesResource {

    static final ResponseParser PARSER = new ResponseParser((int) Config.number("CXLOOP_COMMENT_MAX_CHARS", 10_000));
    static final int KEY_MAX_LENGTH = 200;

    @Inject
    Responses responses;

    @Inject
    org.cxloop.analysis.boundary.Analyses analyses;

    @Inject
    Surveys surveys;

    @Inject
    Touchpoints touchpoints;

    @Inject
    Customers customers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin"})
    public Response record(String body, @HeaderParam("Idempotency-Key") String key, @Context UriInfo uri) {
        checkKey(key);
        ResponseInput input = PARSER.parse(body, Instant.now());
        String hash = sha256(input.canonicalJson());
        if (key != null) {
            Optional<SurveyResponse> first = responses.byIdempotencyKey(key);
            if (first.isPresent()) {
                return replay(first.get(), hash);
            }
        }
        try {
            SurveyResponse recorded = responses.record(input, key, hash);
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(recorded.getId())).build())
                    .entity(Json.createObjectBuilder().add("id", recorded.getId()).build().toString()).build();
        } catch (EJBException failure) {
            // most likely a concurrent request with the same key won (unique key, or a lock conflict on H2)
            Optional<SurveyResponse> first = key == null ? Optional.empty() : awaitFirst(key);
            if (first.isEmpty()) {
                throw failure;
            }
            return replay(first.get(), hash);
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public String get(@PathParam("id") String id) {
        SurveyResponse response = parseId(id).flatMap(responses::byId)
                .orElseThrow(() -> new ProblemException(404, "response-not-found", id));
        JsonObjectBuilder scores = Json.createObjectBuilder();
        if (response.getNps() != null) {
            scores.add("nps", response.getNps());
        }
        if (response.getCsat() != null) {
            scores.add("csat", response.getCsat());
        }
        if (response.getCes() != null) {
            scores.add("ces", response.getCes());
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", response.getId())
                .add("survey", surveys.byId(response.getSurveyId()).map(Survey::getCode).orElse(""))
                .add("touchpoint", touchpoints.byId(response.getTouchpointId()).map(Touchpoint::getCode).orElse(""))
                .add("scores", scores)
                .add("channel", response.getChannel())
                .add("submittedAt", response.getSubmittedAt().toString())
                .add("receivedAt", response.getReceivedAt().toString())
                .add("analysis", response.getComment() == null
                        ? Json.createObjectBuilder().add("status", "none").add("categories", Json.createArrayBuilder())
                        : org.cxloop.analysis.boundary.AnalysisResource.json(analyses.byResponse(response.getId()).orElse(null)));
        customers.byId(response.getCustomerId()).map(Customer::getExternalId)
                .ifPresent(externalId -> json.add("customer", Json.createObjectBuilder().add("externalId", externalId)));
        if (response.getComment() != null) {
            json.add("comment", response.getComment());
        }
        if (response.getLanguage() != null) {
            json.add("language", response.getLanguage());
        }
        return json.build().toString();
    }

    /** The first result for a key: the same answer (200) for the same request, 422 for a different one. */
    private static Response replay(SurveyResponse first, String hash) {
        if (!hash.equals(first.getRequestHash())) {
            throw new ProblemException(422, "idempotency-key-reused");
        }
        return Response.ok(Json.createObjectBuilder().add("id", first.getId()).build().toString())
                .header("Idempotent-Replayed", "true").build();
    }

    /** The request that won the race for a key commits moments later; wait for it (at most 5 s). */
    private Optional<SurveyResponse> awaitFirst(String key) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<SurveyResponse> first = responses.byIdempotencyKey(key);
            if (first.isPresent()) {
                return first;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private static void checkKey(String key) {
        if (key == null) {
            return;
        }
        if (key.isBlank() || key.length() > KEY_MAX_LENGTH || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw ProblemException.invalid("Idempotency-Key", "invalid-idempotency-key",
                    "1 to " + KEY_MAX_LENGTH + " printable ASCII characters");
        }
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
