package org.cxloop.customer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.cxloop.customer.entity.Customer;
import org.cxloop.platform.boundary.JsonBodies;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;

/**
 * The customers CX Loop knows, by the host CRM/ERP's external id: search, read, create or replace
 * ({@code PUT} is an upsert, so a host can push its directory), and CSV import with a per-row report.
 */
@Path("customers")
@RolesAllowed({"cx-integration", "cx-admin", "cx-analyst", "cx-agent"})
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    Customers customers;

    @Context
    SecurityContext security;

    @GET
    public String search(@QueryParam("q") String text, @QueryParam("segment") String segment,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw ProblemException.invalid(offset < 0 ? "offset" : "limit", "out-of-range",
                    offset < 0 ? ">= 0" : "1..500");
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        customers.search(text, segment, offset, limit).forEach(c -> items.add(json(c)));
        return Json.createObjectBuilder().add("total", customers.count(text, segment)).add("offset", offset)
                .add("items", items).build().toString();
    }

    @GET
    @Path("{externalId}")
    public String get(@PathParam("externalId") String externalId) {
        return json(find(externalId)).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response create(String body, @Context UriInfo uri) {
        CustomerData data = JsonBodies.read(body, CustomerData.class);
        customers.create(data, actor());
        return Response.created(uri.getAbsolutePathBuilder().path(data.externalId).build())
                .entity(json(find(data.externalId)).build().toString()).build();
    }

    @PUT
    @Path("{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response put(@PathParam("externalId") String externalId, String body) {
        CustomerData data = JsonBodies.read(body, CustomerData.class);
        if (data.externalId == null) {
            data.externalId = externalId;
        }
        if (!externalId.equals(data.externalId.strip())) {
            throw ProblemException.invalid("externalId", "code-immutable", "must equal the id in the path");
        }
        boolean created = customers.save(data, actor());
        return Response.status(created ? 201 : 200).entity(json(find(externalId)).build().toString()).build();
    }

    /** CSV import (UTF-8); 200 with the per-row report, or 400 naming every wrong row when nothing was stored. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public String importCsv(String body) {
        ImportReport report = customers.importCsv(body, actor());
        if (!report.applied()) {
            List<FieldError> errors = new ArrayList<>();
            for (ImportReport.RowResult row : report.failed()) {
                row.errors().forEach(e -> errors.add(new FieldError("rows[" + row.line() + "]"
                        + (e.field().isEmpty() ? "" : "." + e.field()), e.code(), e.message())));
            }
            throw ProblemException.invalid(errors);
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        report.rows().forEach(r -> rows.add(Json.createObjectBuilder().add("line", r.line())
                .add("externalId", r.externalId()).add("status", r.status())));
        return Json.createObjectBuilder().add("created", report.count("created")).add("updated", report.count("updated"))
                .add("rows", rows).build().toString();
    }

    private Customer find(String externalId) {
        return customers.byExternalId(externalId.strip())
                .orElseThrow(() -> new ProblemException(404, "customer-not-found", externalId));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    static JsonObjectBuilder json(Customer c) {
        JsonObjectBuilder contact = Json.createObjectBuilder().add("channel", c.getChannel().name().toLowerCase(java.util.Locale.ROOT));
        optional(contact, "quietFrom", c.getQuietFrom());
        optional(contact, "quietTo", c.getQuietTo());
        JsonObjectBuilder consent = Json.createObjectBuilder();
        if (c.getConsentGiven() != null) {
            consent.add("given", c.getConsentGiven());
        }
        optional(consent, "at", c.getConsentAt());
        optional(consent, "policyVersion", c.getConsentPolicy());
        JsonObjectBuilder json = Json.createObjectBuilder().add("externalId", c.getExternalId())
                .add("language", c.getLanguage()).add("contact", contact).add("consent", consent)
                .add("createdAt", c.getCreatedAt().toString());
        optional(json, "email", c.getEmail());
        optional(json, "phone", c.getPhone());
        optional(json, "segment", c.getSegment());
        optional(json, "updatedAt", c.getUpdatedAt());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
