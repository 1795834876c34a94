package org.cxloop.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;

/** The surveys, for integrations that post responses to them. */
@Path("surveys")
@RolesAllowed({"cx-integration", "cx-admin", "cx-analyst", "cx-agent"})
@Produces(MediaType.APPLICATION_JSON)
public class SurveysResource {

    @Inject
    Surveys surveys;

    @Inject
    Touchpoints touchpoints;

    @GET
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        surveys.all().forEach(s -> all.add(Json.createObjectBuilder()
                .add("code", s.getCode())
                .add("type", s.getType().name().toLowerCase(Locale.ROOT))
                .add("status", s.getStatus().name().toLowerCase(Locale.ROOT))
                .add("touchpoint", touchpoints.byId(s.getTouchpointId()).map(Touchpoint::getCode).orElse(""))
                .add("title", Json.createObjectBuilder().add("pl", s.getTitlePl()).add("en", s.getTitleEn()))));
        return all.build().toString();
    }
}
