package org.cxloop.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 description of API v1. It is written by hand next to the code ({@code openapi.json});
 * a test compares it with every JAX-RS method so that the two cannot drift apart.
 */
@Path("openapi")
@PermitAll
public class OpenApiResource {

    private static final String DOCUMENT = load();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        return DOCUMENT;
    }

    private static String load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
