package org.cxloop.journey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** The journey's touchpoints, for integrations that tag what they send. */
@Path("touchpoints")
@RolesAllowed({"cx-integration", "cx-admin", "cx-analyst", "cx-agent"})
@Produces(MediaType.APPLICATION_JSON)
public class TouchpointsResource {

    @Inject
    Touchpoints touchpoints;

    @GET
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        touchpoints.all().forEach(t -> all.add(Json.createObjectBuilder()
                .add("code", t.getCode())
                .add("name", Json.createObjectBuilder().add("pl", t.getNamePl()).add("en", t.getNameEn()))
                .add("stage", t.getStage().name().toLowerCase(Locale.ROOT))
                .add("position", t.getPosition())
                .add("active", t.isActive())));
        return all.build().toString();
    }
}
