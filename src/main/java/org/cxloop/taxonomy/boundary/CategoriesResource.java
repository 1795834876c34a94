package org.cxloop.taxonomy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cxloop.platform.boundary.JsonBodies;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.taxonomy.entity.Category;
import org.cxloop.taxonomy.entity.CategoryLineage;
import org.cxloop.taxonomy.entity.TaxonomyVersion;

/**
 * {@code /categories}: the published taxonomy tree (or {@code ?version=N}, or {@code ?version=draft}); edits go to
 * the draft (opened on first edit) and become effective when it is published. Conflicts are 409 problem+json.
 */
@Path("categories")
@RolesAllowed({"cx-integration", "cx-admin", "cx-analyst", "cx-agent"})
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    Categories categories;

    @Context
    SecurityContext security;

    @GET
    public String tree(@QueryParam("version") String version) {
        TaxonomyVersion taxonomy = resolve(version);
        List<Category> all = categories.categories(taxonomy);
        return Json.createObjectBuilder().add("version", header(taxonomy))
                .add("categories", children(all, null)).build().toString();
    }

    @GET
    @Path("lineage")
    public String lineage(@QueryParam("version") String version) {
        TaxonomyVersion taxonomy = resolve(version);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (CategoryLineage l : categories.lineage(taxonomy)) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("from", l.getFromCode())
                    .add("kind", l.getKind().name().toLowerCase(Locale.ROOT));
            if (l.getToCode() != null) {
                row.add("to", l.getToCode());
            }
            rows.add(row);
        }
        return Json.createObjectBuilder().add("version", header(taxonomy)).add("lineage", rows).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response create(String body, @Context UriInfo uri) {
        Category created = categories.create(JsonBodies.read(body, CategoryData.class), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .entity(json(created).build().toString()).build();
    }

    @GET
    @Path("{code}")
    public String get(@PathParam("code") String code, @QueryParam("version") String version) {
        TaxonomyVersion taxonomy = resolve(version);
        return categories.categories(taxonomy).stream().filter(c -> c.getCode().equals(code)).findFirst()
                .map(c -> json(c).build().toString())
                .orElseThrow(() -> new ProblemException(404, "category-not-found", code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public String update(@PathParam("code") String code, String body) {
        return json(categories.update(code, JsonBodies.read(body, CategoryData.class), actor())).build().toString();
    }

    /** Retires the category in the draft (it keeps its history). */
    @DELETE
    @Path("{code}")
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response retire(@PathParam("code") String code) {
        categories.retire(code, actor());
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/restore")
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response restore(@PathParam("code") String code) {
        categories.restore(code, actor());
        return Response.noContent().build();
    }

    /** {@code {"into":"code"}} */
    @POST
    @Path("{code}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response merge(@PathParam("code") String code, String body) {
        JsonObject json = object(body);
        categories.merge(code, json.get("into") instanceof JsonString s ? s.getString() : null, actor());
        return Response.noContent().build();
    }

    /** {@code {"into":["code-b","code-c"]}} */
    @POST
    @Path("{code}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public Response split(@PathParam("code") String code, String body) {
        JsonObject json = object(body);
        List<String> into = new ArrayList<>();
        if (json.get("into") instanceof JsonArray parts) {
            parts.forEach(p -> into.add(p instanceof JsonString s ? s.getString() : null));
        }
        categories.split(code, into, actor());
        return Response.noContent().build();
    }

    /**
     * Trend continuity: the newest comments counted by an older version's categories ({@code from}), reported in the
     * structure of {@code version} (default: the published one) — merges summed, splits and retirements listed.
     */
    @GET
    @Path("report")
    public String report(@QueryParam("from") String from, @QueryParam("version") String version) {
        if (from == null || !from.matches("\\d{1,6}")) {
            throw ProblemException.invalid("from", "invalid", "a version number");
        }
        TaxonomyVersion target = resolve(version);
        TaxonomyVersion older = resolve(from);
        org.cxloop.taxonomy.control.TrendMapping.Result result = categories.report(older, target);
        JsonObjectBuilder counts = Json.createObjectBuilder();
        result.byCode().forEach(counts::add);
        JsonArrayBuilder splits = Json.createArrayBuilder();
        result.splits().forEach(s -> splits.add(Json.createObjectBuilder().add("from", s.from())
                .add("into", Json.createArrayBuilder(s.into())).add("count", s.count())));
        JsonObjectBuilder retired = Json.createObjectBuilder();
        result.retired().forEach(retired::add);
        return Json.createObjectBuilder().add("from", header(older)).add("version", header(target))
                .add("counts", counts).add("splits", splits).add("retired", retired).build().toString();
    }

    /** Which of the newest comments a keyword rule would match ("test this rule"). */
    @GET
    @Path("rule-test")
    public String ruleTest(@QueryParam("language") String language, @QueryParam("phrase") String phrase) {
        if (!"pl".equals(language) && !"en".equals(language)) {
            throw ProblemException.invalid("language", "unknown-language", "pl or en");
        }
        if (phrase == null || phrase.isBlank() || phrase.length() > 200) {
            throw ProblemException.invalid("phrase", "invalid", "1 to 200 characters");
        }
        JsonArrayBuilder matches = Json.createArrayBuilder();
        categories.testRule(language, phrase, 50).forEach(c -> matches.add(Json.createObjectBuilder()
                .add("responseId", c.responseId()).add("language", c.language()).add("comment", c.text())));
        return Json.createObjectBuilder().add("sample", Categories.SAMPLE).add("matches", matches).build().toString();
    }

    /** The tree as a file: {@code format=json} (as GET /categories) or {@code format=csv} (one row per category). */
    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response export(@QueryParam("version") String version, @QueryParam("format") String format) {
        TaxonomyVersion taxonomy = resolve(version);
        if ("csv".equals(format)) {
            return Response.ok(org.cxloop.taxonomy.control.TaxonomyCsv.write(categories.exportRows(taxonomy)),
                            "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"taxonomy-" + taxonomy.getNumber() + ".csv\"")
                    .build();
        }
        if (format != null && !"json".equals(format)) {
            throw ProblemException.invalid("format", "invalid", "json or csv");
        }
        return Response.ok(tree(version), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"taxonomy-" + taxonomy.getNumber() + ".json\"")
                .build();
    }

    /** CSV in the export's columns, or JSON as GET /categories gives it (or a flat array): into the draft. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({"cx-integration", "cx-admin", "cx-analyst"})
    public String importFile(String body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        Map<Integer, CategoryData> rows = headers.getMediaType() != null
                && headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE) ? fromJson(body) : fromCsv(body);
        Categories.ImportResult result = categories.importRows(rows, actor());
        return Json.createObjectBuilder().add("created", result.created()).add("updated", result.updated())
                .build().toString();
    }

    static Map<Integer, CategoryData> fromCsv(String body) {
        List<org.cxloop.platform.control.Csv.Row> rows;
        try {
            List<String> header = org.cxloop.platform.control.Csv.header(body);
            List<String> unknown = header.stream()
                    .filter(h -> !org.cxloop.taxonomy.control.TaxonomyCsv.COLUMNS.contains(h)).toList();
            if (!unknown.isEmpty()) {
                throw new ProblemException(400, "csv-unknown-columns", String.join(", ", unknown));
            }
            rows = org.cxloop.platform.control.Csv.read(body, 5000);
        } catch (org.cxloop.platform.control.Csv.Unreadable e) {
            throw new ProblemException(400, e.getMessage(), 5000);
        }
        Map<Integer, CategoryData> result = new LinkedHashMap<>();
        for (org.cxloop.platform.control.Csv.Row row : rows) {
            CategoryData data = new CategoryData();
            data.code = row.value("code");
            data.parent = row.value("parent");
            data.name = new org.cxloop.platform.boundary.Bilingual();
            data.name.pl = unquote(row.value("name_pl"));
            data.name.en = unquote(row.value("name_en"));
            data.description = new CategoryData.Descriptions();
            data.description.pl = unquote(row.value("description_pl"));
            data.description.en = unquote(row.value("description_en"));
            keywords(data, "pl", row.value("keywords_pl"));
            keywords(data, "en", row.value("keywords_en"));
            result.put(row.line(), data);
        }
        return result;
    }

    private static void keywords(CategoryData data, String language, String joined) {
        if (joined == null) {
            return;
        }
        for (String phrase : joined.split("\\|")) {
            if (!phrase.isBlank()) {
                CategoryData.Keyword keyword = new CategoryData.Keyword();
                keyword.language = language;
                keyword.phrase = unquote(phrase.strip());
                data.keywords.add(keyword);
            }
        }
    }

    /** Undoes the export's formula guard: "'=..." back to "=...". */
    private static String unquote(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    static Map<Integer, CategoryData> fromJson(String body) {
        jakarta.json.JsonValue json;
        try {
            json = Json.createReader(new java.io.StringReader(body == null ? "" : body)).readValue();
        } catch (jakarta.json.JsonException e) {
            throw new ProblemException(400, "malformed-json");
        }
        JsonArray list = json instanceof JsonObject o && o.get("categories") instanceof JsonArray a ? a
                : json instanceof JsonArray a ? a : null;
        if (list == null) {
            throw new ProblemException(400, "malformed-json");
        }
        Map<Integer, CategoryData> result = new LinkedHashMap<>();
        flatten(list, null, result);
        return result;
    }

    private static void flatten(JsonArray nodes, String parent, Map<Integer, CategoryData> result) {
        for (jakarta.json.JsonValue value : nodes) {
            if (!(value instanceof JsonObject node)) {
                throw new ProblemException(400, "malformed-json");
            }
            jakarta.json.JsonObjectBuilder copy = Json.createObjectBuilder(node).remove("children").remove("version");
            if (node.get("keywords") instanceof JsonObject byLanguage) {
                JsonArrayBuilder keywords = Json.createArrayBuilder();
                byLanguage.forEach((language, phrases) -> {
                    if (phrases instanceof JsonArray array) {
                        array.forEach(p -> keywords.add(Json.createObjectBuilder().add("language", language).add("phrase", p)));
                    }
                });
                copy.add("keywords", keywords);
            }
            CategoryData data = JsonBodies.read(copy.build().toString(), CategoryData.class);
            if (data.parent == null) {
                data.parent = parent;
            }
            result.put(result.size() + 1, data);
            if (node.get("children") instanceof JsonArray children) {
                flatten(children, data.code, result);
            }
        }
    }

    @POST
    @Path("publish")
    @RolesAllowed({"cx-admin", "cx-analyst"})
    public String publish() {
        return header(categories.publish(actor())).build().toString();
    }

    private TaxonomyVersion resolve(String version) {
        if (version == null || version.isBlank()) {
            return categories.published().orElseThrow(() -> new ProblemException(404, "taxonomy-not-found", "published"));
        }
        if ("draft".equals(version)) {
            return categories.draft().orElseThrow(() -> new ProblemException(404, "taxonomy-not-found", "draft"));
        }
        if (!version.matches("\\d{1,6}")) {
            throw ProblemException.invalid("version", "invalid", "a version number or draft");
        }
        return categories.version(Integer.parseInt(version))
                .orElseThrow(() -> new ProblemException(404, "taxonomy-not-found", version));
    }

    private static JsonObject object(String body) {
        return JsonBodies.read(body, JsonObject.class);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private static JsonObjectBuilder header(TaxonomyVersion v) {
        JsonObjectBuilder header = Json.createObjectBuilder().add("number", v.getNumber())
                .add("status", v.getStatus().name().toLowerCase(Locale.ROOT));
        if (v.getPublishedAt() != null) {
            header.add("publishedAt", v.getPublishedAt().toString());
        }
        return header;
    }

    private static JsonArrayBuilder children(List<Category> all, String parent) {
        JsonArrayBuilder children = Json.createArrayBuilder();
        for (Category c : all) {
            if (Objects.equals(c.getParentCode(), parent)) {
                children.add(json(c).add("children", children(all, c.getCode())));
            }
        }
        return children;
    }

    static JsonObjectBuilder json(Category c) {
        Map<String, JsonArrayBuilder> keywords = new LinkedHashMap<>();
        keywords.put("pl", Json.createArrayBuilder());
        keywords.put("en", Json.createArrayBuilder());
        c.getKeywords().forEach(k -> keywords.computeIfAbsent(k.getLanguage(), x -> Json.createArrayBuilder())
                .add(k.getPhrase()));
        JsonObjectBuilder keywordJson = Json.createObjectBuilder();
        keywords.forEach(keywordJson::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("code", c.getCode())
                .add("name", Json.createObjectBuilder().add("pl", c.getNamePl()).add("en", c.getNameEn()))
                .add("position", c.getPosition()).add("active", c.isActive()).add("version", c.getVersion())
                .add("keywords", keywordJson);
        if (c.getParentCode() != null) {
            json.add("parent", c.getParentCode());
        }
        if (c.getDescriptionPl() != null || c.getDescriptionEn() != null) {
            JsonObjectBuilder description = Json.createObjectBuilder();
            if (c.getDescriptionPl() != null) {
                description.add("pl", c.getDescriptionPl());
            }
            if (c.getDescriptionEn() != null) {
                description.add("en", c.getDescriptionEn());
            }
            json.add("description", description);
        }
        return json;
    }
}
