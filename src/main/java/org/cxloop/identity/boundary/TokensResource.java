package org.cxloop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.cxloop.identity.entity.ApiToken;
import org.cxloop.platform.boundary.JsonBodies;
import org.cxloop.platform.control.ProblemException;

/** API tokens over the API: cx-admin only. The secret appears once, in the answer to the POST. */
@Path("tokens")
@RolesAllowed("cx-admin")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    ApiTokens tokens;

    @Context
    SecurityContext security;

    @GET
    public String list() {
        Instant now = Instant.now();
        JsonArrayBuilder all = Json.createArrayBuilder();
        tokens.all().forEach(t -> all.add(json(t, now)));
        return all.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(String body, @Context UriInfo uri) {
        ApiTokens.Issued issued = tokens.issue(JsonBodies.read(body, TokenRequest.class),
                security.getUserPrincipal().getName());
        String answer = json(issued.token(), Instant.now()).add("token", issued.secret()).build().toString();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.token().getId())).build())
                .entity(answer).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        long tokenId;
        try {
            tokenId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(404, "token-not-found", id);
        }
        tokens.revoke(tokenId, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    static JsonObjectBuilder json(ApiToken token, Instant now) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        token.getRoles().forEach(roles::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", token.getId())
                .add("name", token.getName())
                .add("prefix", token.getPrefix())
                .add("roles", roles)
                .add("status", token.status(now))
                .add("createdAt", token.getCreatedAt().toString())
                .add("createdBy", token.getCreatedBy());
        UsersResource.optional(json, "expiresAt", token.getExpiresAt());
        UsersResource.optional(json, "lastUsedAt", token.getLastUsedAt());
        UsersResource.optional(json, "revokedAt", token.getRevokedAt());
        return json;
    }
}
