package org.cxloop.journey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import java.util.Locale;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.JsonBodies;
import org.cxloop.platform.control.ProblemException;

/** The journey's touchpoints: read by integrations that tag what they send, written by those that map the journey. */
@Path("touchpoints")
@RolesAllowed({"cx-integration", "cx-admin", "cx-analyst", "cx-agent"})
@Produces(MediaType.APPLICATION_JSON)
public class TouchpointsResource {

    @Inject
    Touchpoints touchpoints;

    @Context
    SecurityContext security;

    @GET
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        touchpoints.all().forEach(t -> all.add(json(t)));
        return all.build().toString();
    }

    @GET
    @Path("{code}")
    public String get(@PathParam("code") String code) {
        return json(touchpoints.byCode(code).orElseThrow(() -> new ProblemException(404, "touchpoint-not-found", code)))
                .build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response create(String body, @Context UriInfo uri) {
        Touchpoint created = touchpoints.create(JsonBodies.read(body, TouchpointData.class), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .entity(json(created).build().toString()).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public String update(@PathParam("code") String code, String body) {
        return json(touchpoints.update(code, JsonBodies.read(body, TouchpointData.class), actor())).build().toString();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static JsonObjectBuilder json(Touchpoint t) {
        return Json.createObjectBuilder()
                .add("code", t.getCode())
                .add("name", Json.createObjectBuilder().add("pl", t.getNamePl()).add("en", t.getNameEn()))
                .add("stage", t.getStage().name().toLowerCase(Locale.ROOT))
                .add("position", t.getPosition())
                .add("active", t.isActive());
    }
}
