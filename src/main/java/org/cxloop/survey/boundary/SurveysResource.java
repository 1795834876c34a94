package org.cxloop.survey.boundary;

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
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.JsonBodies;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.entity.Survey;
import org.cxloop.survey.entity.SurveyQuestion;

/**
 * The surveys and their questions: read by integrations that post responses, written by those that design surveys
 * elsewhere. New surveys are drafts; {@code PUT} replaces titles, questions and status within the lifecycle's rules.
 */
@Path("surveys")
@RolesAllowed({"cx-integration", "cx-admin", "cx-analyst", "cx-agent"})
@Produces(MediaType.APPLICATION_JSON)
public class SurveysResource {

    @Inject
    Surveys surveys;

    @Inject
    Touchpoints touchpoints;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response create(String body, @Context UriInfo uri) {
        Survey survey = surveys.create(JsonBodies.read(body, SurveyData.class), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(survey.getCode()).build())
                .entity(get(survey.getCode())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public String update(@PathParam("code") String code, String body) {
        surveys.update(code, JsonBodies.read(body, SurveyData.class), security.getUserPrincipal().getName());
        return get(code);
    }

    @GET
    @Path("{code}")
    public String get(@PathParam("code") String code) {
        Survey survey = surveys.byCode(code).orElseThrow(() -> new ProblemException(404, "survey-not-found", code));
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (SurveyQuestion q : survey.getQuestions()) {
            JsonObjectBuilder question = Json.createObjectBuilder()
                    .add("code", q.getCode())
                    .add("position", q.getPosition())
                    .add("kind", q.getKind().name().toLowerCase(Locale.ROOT))
                    .add("required", q.isRequired())
                    .add("text", Json.createObjectBuilder().add("pl", q.getTextPl()).add("en", q.getTextEn()));
            if (q.getKind().isScale()) {
                question.add("min", q.getKind().min()).add("max", q.getKind().max());
            }
            if (q.getKind().isChoice()) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                q.getOptions().forEach(o -> options.add(Json.createObjectBuilder().add("code", o.getCode())
                        .add("label", Json.createObjectBuilder().add("pl", o.getLabelPl()).add("en", o.getLabelEn()))));
                question.add("options", options);
            }
            questions.add(question);
        }
        return summary(survey).add("questions", questions).build().toString();
    }

    @GET
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        surveys.all().forEach(s -> all.add(summary(s)));
        return all.build().toString();
    }

    private JsonObjectBuilder summary(Survey s) {
        return Json.createObjectBuilder()
                .add("code", s.getCode())
                .add("type", s.getType().name().toLowerCase(Locale.ROOT))
                .add("status", s.getStatus().name().toLowerCase(Locale.ROOT))
                .add("touchpoint", touchpoints.byId(s.getTouchpointId()).map(Touchpoint::getCode).orElse(""))
                .add("title", Json.createObjectBuilder().add("pl", s.getTitlePl()).add("en", s.getTitleEn()))
                .add("reminderDays", s.getReminderDays())
                .add("version", s.getVersion())
                .add("publicUrl", "/cxloop/s/" + s.getPublicToken());
    }
}
