package org.cxloop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.cxloop.identity.entity.AppUser;
import org.cxloop.platform.boundary.JsonBodies;

/** User administration over the API (for provisioning from the enterprise's directory): cx-admin only. */
@Path("users")
@RolesAllowed("cx-admin")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @Context
    SecurityContext security;

    @GET
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        users.all().forEach(u -> all.add(json(u)));
        return all.build().toString();
    }

    @GET
    @Path("{username}")
    public String get(@PathParam("username") String username) {
        return json(users.get(username)).toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        AppUser user = users.create(JsonBodies.read(body, UserData.class), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(user.getUsername()).build())
                .entity(json(user).toString()).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("username") String username, String body) {
        return json(users.update(username, JsonBodies.read(body, UserData.class), actor())).toString();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    static JsonObject json(AppUser user) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        user.getRoles().forEach(roles::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("username", user.getUsername())
                .add("displayName", user.getDisplayName())
                .add("language", user.getLanguage())
                .add("roles", roles)
                .add("active", user.isActive())
                .add("createdAt", user.getCreatedAt().toString());
        optional(json, "email", user.getEmail());
        optional(json, "lastLoginAt", user.getLastLoginAt());
        return json.build();
    }

    static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof Instant instant) {
            json.add(name, instant.toString());
        } else if (value != null) {
            json.add(name, value.toString());
        }
    }
}
