package org.cxloop.platform.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.platform.control.Problems;
import org.cxloop.platform.control.Violations;

/**
 * Turns every failure of the API into problem+json with a stable code. Unexpected failures are logged with an
 * incident id that the client also gets; no stack trace or exception text ever leaves the server.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        String instance = instance();
        ProblemException problem = find(failure, ProblemException.class);
        if (problem != null) {
            Response.ResponseBuilder response = Response.fromResponse(ApiRequests.problem(headers, problem.status(),
                    problem.code(), instance, problem.fieldErrors(), problem.arguments()));
            if (problem.status() == 401) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cxloop\"");
            }
            return response.build();
        }
        ConstraintViolationException violations = find(failure, ConstraintViolationException.class);
        if (violations != null) {
            return ApiRequests.problem(headers, 400, "validation-failed", instance,
                    Violations.fieldErrors(violations.getConstraintViolations()));
        }
        if (find(failure, jakarta.persistence.OptimisticLockException.class) != null) {
            // someone else committed a change to the same row first (detected at flush or commit)
            return ApiRequests.problem(headers, 409, "concurrent-change", instance, List.of());
        }
        if (isMalformedBody(failure)) {
            return ApiRequests.problem(headers, 400, "malformed-json", instance, List.of());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.ResponseBuilder response = Response.fromResponse(
                    ApiRequests.problem(headers, status, Problems.codeForStatus(status), instance, List.of()));
            if (failure instanceof NotAllowedException notAllowed) {
                response.allow(notAllowed.getResponse().getAllowedMethods());
            }
            return response.build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident + " at " + instance, failure);
        return ApiRequests.problem(headers, 500, "internal-error", instance, List.of(), incident);
    }

    private String instance() {
        try {
            return uriInfo == null ? null : "/api/v1/" + uriInfo.getPath(false).replaceFirst("^/", "");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isMalformedBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException
                    || t.getClass().getName().startsWith("jakarta.json.stream.JsonParsingException")
                    || t.getClass().getName().contains("JsonParseException")
                    || t.getClass().getName().contains("MismatchedInputException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
