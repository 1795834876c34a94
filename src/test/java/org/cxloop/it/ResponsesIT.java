package org.cxloop.it;

import static org.cxloop.it.ApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Response ingestion over the API: the contract, idempotency under concurrency, hostile input, nothing stored. */
class ResponsesIT extends DeployedWarIT {

    Http http;

    @BeforeEach
    void client() {
        http = new Http(root);
    }

    private Http.Answer post(String json, String key) {
        return key == null
                ? http.json("POST", "/api/v1/responses", json, "Authorization", "Bearer " + ItSupport.apiToken())
                : http.json("POST", "/api/v1/responses", json, "Authorization", "Bearer " + ItSupport.apiToken(),
                        "Idempotency-Key", key);
    }

    private JsonObject get(long id) {
        Http.Answer answer = http.get("/api/v1/responses/" + id, "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static Set<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    @Test
    void theSeededSurveysAndTouchpointsAreListed() {
        Http.Answer surveys = http.get("/api/v1/surveys", "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(200, surveys.status(), surveys.body());
        assertTrue(surveys.body().contains("\"code\":\"nps-relationship\""));
        assertTrue(surveys.body().contains("Jak oceniasz dostawę?"));
        Http.Answer touchpoints = http.get("/api/v1/touchpoints", "Authorization", "Bearer " + ItSupport.apiToken());
        assertTrue(touchpoints.body().contains("\"code\":\"customer-service\""));
        assertProblem(http.get("/api/v1/surveys"), 401, "unauthorized");

        Http.Answer nps = http.get("/api/v1/surveys/nps-relationship", "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(200, nps.status(), nps.body());
        List<JsonObject> questions = nps.json().getJsonArray("questions").getValuesAs(JsonObject.class);
        assertEquals(List.of("nps", "why", "improve"), questions.stream().map(q -> q.getString("code")).toList());
        assertEquals(10, questions.get(0).getInt("max"));
        assertEquals("Co moglibyśmy poprawić?", questions.get(2).getJsonObject("text").getString("pl"));
        assertProblem(http.get("/api/v1/surveys/no-such-survey", "Authorization", "Bearer " + ItSupport.apiToken()),
                404, "survey-not-found");
    }

    @Test
    void aResponseIsRecordedAndReadBackWithPolishCharactersIntact() {
        String customer = ItSupport.unique("C-");
        Http.Answer created = post("""
                {"survey":"nps-relationship","touchpoint":"delivery",
                 "customer":{"externalId":"%s","email":"anna@example.com","segment":"b2c","language":"pl"},
                 "scores":{"nps":3},"comment":"Kurier nie dzwonił, paczka po terminie. Źle!","channel":"phone",
                 "submittedAt":"2026-11-20T10:15:00+01:00"}""".formatted(customer), null);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/v1/responses/" + id));

        JsonObject response = get(id);
        assertEquals("nps-relationship", response.getString("survey"));
        assertEquals("delivery", response.getString("touchpoint"));
        assertEquals(customer, response.getJsonObject("customer").getString("externalId"));
        assertEquals(3, response.getJsonObject("scores").getInt("nps"));
        assertEquals("Kurier nie dzwonił, paczka po terminie. Źle!", response.getString("comment"));
        assertEquals("pl", response.getString("language"));
        assertEquals("2026-11-20T09:15:00Z", response.getString("submittedAt"));
        String status = response.getJsonObject("analysis").getString("status");
        assertTrue(status.equals("pending") || status.equals("auto"), response.toString());
        // analysis runs after the commit, asynchronously (every second in the tests)
        JsonObject analysis = response.getJsonObject("analysis");
        for (int i = 0; i < 60 && analysis.getString("status").equals("pending"); i++) {
            sleep(500);
            analysis = get(id).getJsonObject("analysis");
        }
        assertEquals("auto", analysis.getString("status"), analysis.toString());
        assertEquals("pl", analysis.getString("language"));
        assertTrue(analysis.getJsonArray("categories").toString().contains("\"delivery\""), analysis.toString());
        assertTrue(java.util.List.of("positive", "negative", "neutral").contains(analysis.getString("sentiment")));
        assertTrue(analysis.getJsonNumber("confidence").doubleValue() > 0, analysis.toString());
        assertProblem(http.get("/api/v1/responses/999999999", "Authorization", "Bearer " + ItSupport.apiToken()),
                404, "response-not-found");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResult() {
        String key = ItSupport.unique("retry-");
        String body = "{\"survey\":\"csat-delivery\",\"scores\":{\"csat\":4},\"comment\":\"OK\"}";
        Http.Answer first = post(body, key);
        assertEquals(201, first.status(), first.body());
        Http.Answer retry = post(body, key);
        assertEquals(200, retry.status(), retry.body());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("id").longValue(), retry.json().getJsonNumber("id").longValue());
        assertProblem(post("{\"survey\":\"csat-delivery\",\"scores\":{\"csat\":1}}", key), 422, "idempotency-key-reused");
        assertProblem(post(body, "bad key with spaces"), 400, "validation-failed");
    }

    @Test
    void twoConcurrentPostsWithOneKeyMakeOneResponse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                String key = ItSupport.unique("race-");
                String body = "{\"survey\":\"ces-service\",\"scores\":{\"ces\":2},\"comment\":\"Długo czekałem\"}";
                List<Callable<Http.Answer>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(() -> new Http(root).json("POST", "/api/v1/responses", body,
                            "Authorization", "Bearer " + ItSupport.apiToken(), "Idempotency-Key", key));
                }
                Set<Long> ids = new java.util.HashSet<>();
                int created = 0;
                for (Future<Http.Answer> answer : pool.invokeAll(calls)) {
                    Http.Answer a = answer.get();
                    assertTrue(a.status() == 201 || a.status() == 200, a.status() + " " + a.body());
                    created += a.status() == 201 ? 1 : 0;
                    ids.add(a.json().getJsonNumber("id").longValue());
                }
                assertEquals(1, created, "exactly one request creates");
                assertEquals(1, ids.size(), "every answer names the same response");
                if (ItSupport.postgresql()) {
                    try (Connection db = ItSupport.database();
                         PreparedStatement q = db.prepareStatement(
                                 "SELECT COUNT(*) FROM cx_survey_response WHERE idempotency_key = ?")) {
                        q.setString(1, key);
                        ResultSet rs = q.executeQuery();
                        rs.next();
                        assertEquals(1, rs.getInt(1));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = ItSupport.postgresql() ? count() : -1;
        assertEquals(Set.of("survey"), fields(assertBad(post("{\"survey\":\"no-such-survey\",\"scores\":{\"nps\":5}}", null))));
        assertEquals(Set.of("touchpoint"), fields(assertBad(post(
                "{\"survey\":\"nps-relationship\",\"touchpoint\":\"no-such-place\",\"scores\":{\"nps\":5}}", null))));
        assertEquals(Set.of("scores.nps", "scores.csat"), fields(assertBad(post(
                "{\"survey\":\"nps-relationship\",\"scores\":{\"nps\":11,\"csat\":\"five\"}}", null))));
        assertEquals(Set.of("comment"), fields(assertBad(post(
                "{\"survey\":\"nps-relationship\",\"comment\":\"" + "ż".repeat(10_001) + "\"}", null))));
        assertEquals(Set.of("comment"), fields(assertBad(post(
                "{\"survey\":\"nps-relationship\",\"comment\":\"null byte \\u0000 here\"}", null))));
        assertProblem(post("{\"survey\":\"nps-relationship\",\"comment\":\"" + "x".repeat(1_100_000) + "\"}", null),
                413, "payload-too-large");
        assertProblem(post("{\"survey\": ", null), 400, "malformed-json");
        assertProblem(http.send("POST", "/api/v1/responses", "text/csv", "survey,nps\nx,1",
                "Authorization", "Bearer " + ItSupport.apiToken()), 415, "unsupported-media-type");
        assertProblem(http.json("POST", "/api/v1/responses", "{\"survey\":\"nps-relationship\",\"scores\":{\"nps\":1}}"),
                401, "unauthorized");

        // markup is data: stored and returned exactly, escaping is the screens' job
        Http.Answer markup = post("{\"survey\":\"nps-relationship\",\"scores\":{\"nps\":10},"
                + "\"comment\":\"<script>alert(1)</script> =HYPERLINK(\\\"x\\\")\"}", null);
        assertEquals(201, markup.status(), markup.body());
        assertEquals("<script>alert(1)</script> =HYPERLINK(\"x\")",
                get(markup.json().getJsonNumber("id").longValue()).getString("comment"));
        if (ItSupport.postgresql()) {
            assertEquals(before + 1, count(), "only the valid response was stored");
        }
    }

    private static Http.Answer assertBad(Http.Answer answer) {
        assertProblem(answer, 400, "validation-failed");
        return answer;
    }

    private static long count() throws Exception {
        try (Connection db = ItSupport.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM cx_survey_response")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String publicPath(String survey) {
        Http.Answer answer = http.get("/api/v1/surveys/" + survey, "Authorization", "Bearer " + ItSupport.apiToken());
        return answer.json().getString("publicUrl").substring("/cxloop".length());
    }

    @Test
    void thePublicFormChecksAnswersRecordsThemAndStopsAFlood() throws Exception {
        String link = publicPath("csat-delivery");
        Http customer = new Http(root);
        Http.Answer page = customer.get(link + "?lang=pl");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Jak oceniasz dostawę?"), "the survey in Polish");
        assertTrue(page.body().contains("Informacja o prywatności"), "the privacy notice");
        assertEquals(404, customer.get("/s/not-a-real-token-at-all").status());
        assertEquals(404, customer.get("/s/%3Cscript%3Ealert(1)%3C%2Fscript%3E").status());

        Http.Answer missing = customer.submit(link, "/public/form.xhtml", "form", java.util.Map.of(), "form:submit", true);
        assertEquals(200, missing.status());
        assertTrue(missing.body().contains("Odpowiedz na to pytanie."), "the required score is asked for");
        Http.Answer outOfScale = customer.submit(link, "/public/form.xhtml", "form",
                java.util.Map.of("form:q:0:scale", "9"), "form:submit", true);
        assertTrue(outOfScale.body().contains("Wybierz jedną z pokazanych wartości."), "9 is not on a 1–5 scale");

        int accepted = 0;
        Http.Answer last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            last = customer.submit(link, "/public/form.xhtml", "form", java.util.Map.of("form:q:0:scale", "2",
                    "form:q:1:text", "Paczka przyszła zgnieciona <b>bold</b>", "form:q:2:text", ""), "form:submit", true);
            if (last.status() == 302) {
                accepted++;
                assertTrue(last.header("Location").contains("/public/thanks.xhtml"));
            } else {
                break;
            }
        }
        assertEquals(6, accepted, "CXLOOP_FORM_MAX_PER_CLIENT=6 in the tests");
        assertTrue(last.body().contains("Z Twojego połączenia przyszło w krótkim czasie wiele odpowiedzi"), last.body());
        Thread.sleep(5_500); // CXLOOP_FORM_WINDOW_SECONDS=5: leave the next test a fresh window
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
