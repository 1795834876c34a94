package org.cxloop.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import org.cxloop.platform.control.ServerResources;

/**
 * Liveness and readiness for load balancers and monitoring: public, and says nothing about the installation
 * beyond UP/DOWN. 503 when the database does not answer.
 */
@Path("health")
@PermitAll
public class HealthResource {

    @Inject
    Bootstrap bootstrap;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database = databaseAnswers();
        String status = database ? "UP" : "DOWN";
        String body = Json.createObjectBuilder()
                .add("status", status)
                .add("checks", Json.createObjectBuilder()
                        .add("database", status)
                        .add("schema", bootstrap.schemaVersion()))
                .build().toString();
        return Response.status(database ? 200 : 503).entity(body).build();
    }

    private static boolean databaseAnswers() {
        try (Connection connection = ServerResources.dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
