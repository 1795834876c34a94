package org.cxloop.it;

import static org.cxloop.it.ApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Designing what CX Loop listens with: surveys through their lifecycle (what an active survey may and may not
 * change), touchpoints, customers with contact preferences and consent, and the customer CSV import — over the API
 * and, for the import and the editor's rules, over the screens' own HTTP.
 */
class ListeningDesignIT extends DeployedWarIT {

    private Http.Answer api(String method, String path, String json) {
        return json == null
                ? new Http(root).send(method, path, null, null, "Authorization", "Bearer " + ItSupport.apiToken())
                : new Http(root).json(method, path, json, "Authorization", "Bearer " + ItSupport.apiToken());
    }

    private static String survey(String code, String status, String questions) {
        return "{\"code\":\"" + code + "\",\"type\":\"custom\",\"touchpoint\":\"delivery\",\"reminderDays\":2,"
                + (status == null ? "" : "\"status\":\"" + status + "\",")
                + "\"title\":{\"pl\":\"Jak minęła dostawa? Zażółć gęślą jaźń\",\"en\":\"How was the delivery?\"},"
                + "\"questions\":[" + questions + "]}";
    }

    private static final String SCORE = "{\"code\":\"score\",\"kind\":\"rating_5\",\"required\":true,"
            + "\"text\":{\"pl\":\"Ocena dostawy\",\"en\":\"Rate the delivery\"}}";
    private static final String CHOICE = "{\"code\":\"courier\",\"kind\":\"single_choice\",\"required\":false,"
            + "\"text\":{\"pl\":\"Kurier\",\"en\":\"Courier\"},\"options\":["
            + "{\"code\":\"dpd\",\"label\":{\"pl\":\"DPD\",\"en\":\"DPD\"}},"
            + "{\"code\":\"inpost\",\"label\":{\"pl\":\"InPost\",\"en\":\"InPost\"}}]}";
    private static final String WHY = "{\"code\":\"why\",\"kind\":\"open_text\","
            + "\"text\":{\"pl\":\"Dlaczego?\",\"en\":\"Why?\"}}";

    @Test
    void aSurveyGoesFromDraftToActiveToClosedAndAnActiveSurveyKeepsWhatItsAnswersMean() {
        String code = ItSupport.unique("design-").toLowerCase();
        Http.Answer created = api("POST", "/api/v1/surveys", survey(code, null, SCORE + "," + CHOICE));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/surveys/" + code));
        JsonObject draft = created.json();
        assertEquals("draft", draft.getString("status"));
        assertEquals("Jak minęła dostawa? Zażółć gęślą jaźń", draft.getJsonObject("title").getString("pl"));
        assertEquals(2, draft.getInt("reminderDays"));
        assertProblem(api("POST", "/api/v1/surveys", survey(code, null, SCORE)), 409, "survey-code-taken");

        // a draft may change anything, including dropping a question and reordering
        Http.Answer reordered = api("PUT", "/api/v1/surveys/" + code, survey(code, null, CHOICE + "," + SCORE));
        assertEquals(200, reordered.status(), reordered.body());
        assertEquals("courier", reordered.json().getJsonArray("questions").getJsonObject(0).getString("code"));

        Http.Answer active = api("PUT", "/api/v1/surveys/" + code, survey(code, "active", SCORE + "," + CHOICE));
        assertEquals("active", active.json().getString("status"), active.body());
        long version = active.json().getJsonNumber("version").longValue();

        // what would change the meaning of stored answers is refused, and nothing changes
        assertProblem(api("PUT", "/api/v1/surveys/" + code, survey(code, null, SCORE)), 409,
                "survey-active-question-removed");
        assertProblem(api("PUT", "/api/v1/surveys/" + code, survey(code, null,
                SCORE.replace("rating_5", "rating_7") + "," + CHOICE)), 409, "survey-active-kind-changed");
        assertProblem(api("PUT", "/api/v1/surveys/" + code, survey(code, null,
                SCORE + "," + CHOICE + "," + WHY.replace("\"kind\"", "\"required\":true,\"kind\""))), 409,
                "survey-active-required-question");
        assertProblem(api("PUT", "/api/v1/surveys/" + code, survey(code, null,
                SCORE + "," + CHOICE.replace(",{\"code\":\"inpost\",\"label\":{\"pl\":\"InPost\",\"en\":\"InPost\"}}",
                        ",{\"code\":\"poczta\",\"label\":{\"pl\":\"Poczta\",\"en\":\"Post\"}}"))), 409,
                "survey-active-option-removed");
        assertProblem(api("PUT", "/api/v1/surveys/" + code, survey(code, "draft", SCORE + "," + CHOICE)), 409,
                "survey-status-transition");
        JsonObject unchanged = api("GET", "/api/v1/surveys/" + code, null).json();
        assertEquals(2, unchanged.getJsonArray("questions").size());
        assertEquals(version, unchanged.getJsonNumber("version").longValue(), "refused changes store nothing");

        // rewording, reordering and a new optional question are fine
        Http.Answer grown = api("PUT", "/api/v1/surveys/" + code, survey(code, null,
                CHOICE + "," + SCORE.replace("Ocena dostawy", "Jak oceniasz dostawę?") + "," + WHY));
        assertEquals(200, grown.status(), grown.body());
        JsonArray questions = grown.json().getJsonArray("questions");
        assertEquals(3, questions.size());
        assertEquals("Jak oceniasz dostawę?", questions.getJsonObject(1).getJsonObject("text").getString("pl"));

        // someone who read an older version does not overwrite the newer one
        String stale = survey(code, null, CHOICE + "," + SCORE + "," + WHY).replaceFirst("\\{", "{\"version\":" + version + ",");
        assertProblem(api("PUT", "/api/v1/surveys/" + code, stale), 409, "stale-version");

        assertEquals("closed", api("PUT", "/api/v1/surveys/" + code,
                survey(code, "closed", CHOICE + "," + SCORE + "," + WHY)).json().getString("status"));
        assertProblem(api("PUT", "/api/v1/surveys/" + code, survey(code, null, CHOICE + "," + SCORE + "," + WHY)),
                409, "survey-closed");
    }

    @Test
    void badSurveysAreRefusedNamingTheFieldAndNothingIsStored() {
        String code = ItSupport.unique("bad-").toLowerCase();
        Http.Answer control = api("POST", "/api/v1/surveys", survey(code, null, SCORE).replace("How was", "How\\u0007 was"));
        assertProblem(control, 400, "validation-failed");
        assertTrue(control.body().contains("\"title.en\""), control.body());

        Http.Answer nested = api("POST", "/api/v1/surveys", survey(code, null,
                SCORE + "," + CHOICE.replace(",{\"code\":\"inpost\",\"label\":{\"pl\":\"InPost\",\"en\":\"InPost\"}}", "")
                        + "," + WHY.replace("Why?", "x".repeat(501)) + "," + SCORE));
        assertProblem(nested, 400, "validation-failed");
        assertTrue(nested.body().contains("\"questions[1].options\"") && nested.body().contains("\"questions[2].text.en\"")
                && nested.body().contains("\"questions[3].code\""), nested.body());

        Http.Answer touchpoint = api("POST", "/api/v1/surveys", survey(code, null, SCORE).replace("\"delivery\"", "\"nowhere\""));
        assertProblem(touchpoint, 400, "validation-failed");
        assertTrue(touchpoint.body().contains("\"touchpoint\""), touchpoint.body());
        assertProblem(api("POST", "/api/v1/surveys", survey(code, null, SCORE).replace("\"custom\"", "\"<b>x</b>\"")),
                400, "validation-failed");
        assertProblem(api("POST", "/api/v1/surveys", survey(code, null, SCORE).replace("\"reminderDays\":2", "\"reminderDays\":\"soon\"")),
                400, "malformed-json");
        assertProblem(api("POST", "/api/v1/surveys", survey("Bad Code", null, SCORE)), 400, "validation-failed");
        assertProblem(api("PUT", "/api/v1/surveys/no-such-survey", survey("no-such-survey", null, SCORE)), 404, "survey-not-found");
        assertProblem(new Http(root).send("POST", "/api/v1/surveys", "text/plain", "x", "Authorization",
                "Bearer " + ItSupport.apiToken()), 415, "unsupported-media-type");
        assertProblem(api("GET", "/api/v1/surveys/" + code, null), 404, "survey-not-found");

        // markup is data: stored as sent, shown escaped
        Http.Answer markup = api("POST", "/api/v1/surveys", survey(code, null, SCORE)
                .replace("How was the delivery?", "<script>alert(1)</script>"));
        assertEquals(201, markup.status(), markup.body());
        assertEquals("<script>alert(1)</script>", markup.json().getJsonObject("title").getString("en"));
        Http analyst = new Http(root);
        assertEquals(302, analyst.login("admin", ItSupport.adminPassword()).status());
        String list = analyst.get("/app/surveys/index.xhtml?lang=en").body();
        assertFalse(list.contains("<script>alert(1)</script>"), "no raw markup on the screen");
        assertTrue(list.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown escaped");
    }

    @Test
    void touchpointsAreAddedRenamedAndOrdered() {
        String code = ItSupport.unique("tp-").toLowerCase();
        Http.Answer created = api("POST", "/api/v1/touchpoints", "{\"code\":\"" + code
                + "\",\"name\":{\"pl\":\"Odbiór w paczkomacie\",\"en\":\"Parcel locker pickup\"},\"stage\":\"delivery\"}");
        assertEquals(201, created.status(), created.body());
        int last = created.json().getInt("position");
        assertTrue(last > 40, "a touchpoint without a position comes last: " + last);
        assertProblem(api("POST", "/api/v1/touchpoints", "{\"code\":\"" + code
                + "\",\"name\":{\"pl\":\"a\",\"en\":\"b\"},\"stage\":\"delivery\"}"), 409, "touchpoint-code-taken");
        Http.Answer renamed = api("PUT", "/api/v1/touchpoints/" + code, "{\"name\":{\"pl\":\"Odbiór osobisty\","
                + "\"en\":\"Pickup\"},\"stage\":\"delivery\",\"position\":15,\"active\":false}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Odbiór osobisty", renamed.json().getJsonObject("name").getString("pl"));
        assertFalse(renamed.json().getBoolean("active"));
        assertEquals(15, api("GET", "/api/v1/touchpoints/" + code, null).json().getInt("position"));
        Http.Answer bad = api("POST", "/api/v1/touchpoints", "{\"code\":\"x-" + code
                + "\",\"name\":{\"pl\":\"\",\"en\":\"b\"},\"stage\":\"moon\",\"position\":0}");
        assertProblem(bad, 400, "validation-failed");
        assertTrue(bad.body().contains("\"name.pl\"") && bad.body().contains("\"stage\"")
                && bad.body().contains("\"position\""), bad.body());
        assertProblem(api("GET", "/api/v1/touchpoints/no-such", null), 404, "touchpoint-not-found");
    }

    @Test
    void customersAreUpsertedWithContactPreferencesAndConsentAndFound() {
        String id = ItSupport.unique("CRM-");
        String body = "{\"email\":\"" + id.toLowerCase() + "@example.com\",\"phone\":\"+48 600 100 200\","
                + "\"segment\":\"Kluczowi\",\"language\":\"pl\",\"contact\":{\"channel\":\"email\",\"quietFrom\":\"21:00\","
                + "\"quietTo\":\"08:00\"},\"consent\":{\"given\":true,\"at\":\"2026-05-01T10:00:00Z\",\"policyVersion\":\"2026-01\"}}";
        Http.Answer created = api("PUT", "/api/v1/customers/" + id, body);
        assertEquals(201, created.status(), created.body());
        Http.Answer replaced = api("PUT", "/api/v1/customers/" + id, body.replace("Kluczowi", "Średni"));
        assertEquals(200, replaced.status(), replaced.body());
        JsonObject customer = api("GET", "/api/v1/customers/" + id, null).json();
        assertEquals("Średni", customer.getString("segment"));
        assertEquals("21:00", customer.getJsonObject("contact").getString("quietFrom"));
        assertEquals("2026-05-01T10:00:00Z", customer.getJsonObject("consent").getString("at"));
        assertEquals("2026-01", customer.getJsonObject("consent").getString("policyVersion"));

        JsonObject found = api("GET", "/api/v1/customers?q=" + id.toLowerCase() + "&segment=%C5%9Aredni", null).json();
        assertEquals(1, found.getInt("total"), found.toString());
        assertEquals(0, api("GET", "/api/v1/customers?q=" + id + "%25", null).json().getInt("total"),
                "a % in the search is a character, not a wildcard");
        assertProblem(api("POST", "/api/v1/customers", "{\"externalId\":\"" + id + "\"}"), 409, "customer-exists");

        Http.Answer bad = api("PUT", "/api/v1/customers/" + id, "{\"email\":\"not-mail\",\"phone\":\"=1+2\","
                + "\"language\":\"de\",\"contact\":{\"channel\":\"pigeon\",\"quietFrom\":\"25:00\"},"
                + "\"consent\":{\"given\":true,\"at\":\"yesterday\"}}");
        assertProblem(bad, 400, "validation-failed");
        for (String field : new String[] {"email", "phone", "language", "contact.channel", "contact.quietFrom", "consent.at"}) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + " in " + bad.body());
        }
        assertEquals("Średni", api("GET", "/api/v1/customers/" + id, null).json().getString("segment"),
                "nothing changed");
        assertProblem(api("GET", "/api/v1/customers?limit=100000", null), 400, "validation-failed");
        assertProblem(api("GET", "/api/v1/customers/NO-SUCH-" + id, null), 404, "customer-not-found");
    }

    @Test
    void aCustomerCsvIsImportedAllOrNothingWithAReportPerRow() {
        String a = ItSupport.unique("CSV-A-");
        String b = ItSupport.unique("CSV-B-");
        String good = "\uFEFFexternalId;email;segment;language;channel;consent;consentPolicy\r\n"
                + a + ";" + a.toLowerCase() + "@example.com;Małe firmy;pl;email;tak;2026-01\r\n"
                + b + ";\"" + b.toLowerCase() + "@example.com\";\"=HYPERLINK(\"\"http://x\"\")\";en;none;nie;\r\n";
        Http.Answer imported = new Http(root).send("POST", "/api/v1/customers/import", "text/csv; charset=UTF-8", good,
                "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("created"), imported.body());
        assertEquals("Małe firmy", api("GET", "/api/v1/customers/" + a, null).json().getString("segment"));
        JsonObject second = api("GET", "/api/v1/customers/" + b, null).json();
        assertEquals("=HYPERLINK(\"http://x\")", second.getString("segment"), "a formula is kept as text");
        assertEquals("none", second.getJsonObject("contact").getString("channel"));
        assertFalse(second.getJsonObject("consent").getBoolean("given"));

        String c = ItSupport.unique("CSV-C-");
        String wrong = "externalId,email,language\n" + c + "," + c.toLowerCase() + "@example.com,pl\n"
                + a + ",broken-mail,xx\n" + c + ",,en\n,\"a@b.pl\",pl\n";
        Http.Answer refused = new Http(root).send("POST", "/api/v1/customers/import", "text/csv", wrong,
                "Authorization", "Bearer " + ItSupport.apiToken());
        assertProblem(refused, 400, "validation-failed");
        for (String field : new String[] {"rows[3].email", "rows[3].language", "rows[4].externalId", "rows[5].externalId"}) {
            assertTrue(refused.body().contains("\"" + field + "\""), field + " in " + refused.body());
        }
        assertProblem(api("GET", "/api/v1/customers/" + c, null), 404, "customer-not-found");
        assertEquals(a.toLowerCase() + "@example.com", api("GET", "/api/v1/customers/" + a, null).json().getString("email"),
                "a refused file changes nobody");
        assertProblem(new Http(root).send("POST", "/api/v1/customers/import", "text/csv", "externalId,shoeSize\nx,42\n",
                "Authorization", "Bearer " + ItSupport.apiToken()), 400, "csv-unknown-columns");
        assertProblem(new Http(root).send("POST", "/api/v1/customers/import", "text/csv", "externalId\n\"open\n",
                "Authorization", "Bearer " + ItSupport.apiToken()), 400, "csv-unterminated-quote");
    }

    @Test
    void theImportScreenReportsWrongRowsInPolishAndStoresNothing() {
        Http session = new Http(root);
        assertEquals(302, session.login("admin", ItSupport.adminPassword()).status());
        String d = ItSupport.unique("SCR-");
        String csv = "externalId;email;language\n" + d + ";" + d.toLowerCase() + "@example.com;pl\n"
                + ItSupport.unique("SCR-") + ";zły-adres;pl\n";
        Http.Answer page = session.submit("/app/customers/index.xhtml?lang=pl", "importForm",
                Map.of("importForm:csv", csv), "importForm:run", true);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Nic nie zaimportowano"), page.body());
        assertTrue(page.body().contains("E-mail: musi być adresem e-mail"), page.body());
        assertProblem(api("GET", "/api/v1/customers/" + d, null), 404, "customer-not-found");

        Http.Answer ok = session.submit("/app/customers/index.xhtml?lang=pl", "importForm",
                Map.of("importForm:csv", "externalId;email;segment\n" + d + ";" + d.toLowerCase() + "@example.com;Łódź\n"),
                "importForm:run", true);
        assertTrue(ok.body().contains("Zaimportowano: 1 nowych, 0 zaktualizowanych."), ok.body());
        assertEquals("Łódź", api("GET", "/api/v1/customers/" + d, null).json().getString("segment"));
    }

    @Test
    void agentsReadButDoNotDesign() {
        Admin admin = new Admin(root);
        String password = "Agent-Password-" + ItSupport.unique("p");
        String agent = admin.createUser("agent-", "Agentka Łucja", "cx-agent", password);
        Http session = new Http(root);
        assertEquals(302, session.login(agent, password).status());
        assertEquals(200, session.get("/app/customers/index.xhtml").status());
        assertEquals(403, session.get("/app/surveys/edit.xhtml").status());
        assertEquals(403, session.get("/app/journey/touchpoints.xhtml").status());
        assertEquals(403, session.get("/app/surveys/invite.xhtml?survey=nps-relationship").status());
    }
}
