package org.cxloop.it;

import static org.cxloop.it.ApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** {@code POST /analysis}: the engine in the server, without storing anything; hostile input refused. */
class AnalysisIT extends DeployedWarIT {

    private Http.Answer analyse(String json) {
        return new Http(root).json("POST", "/api/v1/analysis", json, "Authorization", "Bearer " + ItSupport.apiToken());
    }

    @Test
    void aCommentIsAnalysedInItsLanguageWithTheTaxonomysCategories() {
        Http.Answer polish = analyse("{\"text\":\"Kurier nie dzwonił, paczka po terminie\"}");
        assertEquals(200, polish.status(), polish.body());
        JsonObject result = polish.json();
        assertEquals("pl", result.getString("language"));
        assertTrue(result.getJsonArray("categories").toString().contains("\"delivery\""), result.toString());
        double confidence = result.getJsonNumber("confidence").doubleValue();
        assertTrue(confidence > 0 && confidence <= 1, result.toString());

        JsonObject english = analyse("{\"text\":\"Refund took three weeks\",\"language\":\"en\"}").json();
        assertEquals("en", english.getString("language"));
        assertEquals("negative", english.getString("sentiment"), english.toString());
        assertTrue(english.getJsonArray("categories").toString().contains("\"returns-complaints\""), english.toString());

        JsonObject other = analyse("{\"text\":\"Das Paket kam zu spät\"}").json();
        assertEquals("und", other.getString("language"), "other languages are flagged, not guessed");
    }

    @Test
    void badRequestsNameTheField() {
        assertProblem(analyse("{}"), 400, "validation-failed");
        assertProblem(analyse("{\"text\":\"ok\",\"language\":\"de\"}"), 400, "validation-failed");
        assertProblem(analyse("{\"text\":\"a\\u0000b\"}"), 400, "validation-failed");
        assertProblem(analyse("{\"text\":\"" + "x".repeat(10_001) + "\"}"), 400, "validation-failed");
        assertProblem(analyse("{\"text\": 5"), 400, "malformed-json");
        assertProblem(new Http(root).json("POST", "/api/v1/analysis", "{\"text\":\"x\"}"), 401, "unauthorized");
    }
}
