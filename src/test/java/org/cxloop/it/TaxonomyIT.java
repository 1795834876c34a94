package org.cxloop.it;

import static org.cxloop.it.ApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The taxonomy over the API: the seeded tree, editing a draft with its invariants, merge and split, publishing. */
class TaxonomyIT extends DeployedWarIT {

    private Http.Answer api(String method, String path, String json) {
        return json == null
                ? new Http(root).send(method, path, null, null, "Authorization", "Bearer " + ItSupport.apiToken())
                : new Http(root).json(method, path, json, "Authorization", "Bearer " + ItSupport.apiToken());
    }

    private static String category(String code, String parent, String pl, String en) {
        return "{\"code\":\"" + code + "\"," + (parent == null ? "" : "\"parent\":\"" + parent + "\",")
                + "\"name\":{\"pl\":\"" + pl + "\",\"en\":\"" + en + "\"},"
                + "\"keywords\":[{\"language\":\"pl\",\"phrase\":\"dostawa\"},{\"language\":\"en\",\"phrase\":\"delivery\"}]}";
    }

    private static JsonObject find(JsonArray tree, String code) {
        for (JsonObject node : tree.getValuesAs(JsonObject.class)) {
            if (node.getString("code").equals(code)) {
                return node;
            }
            JsonObject inside = find(node.getJsonArray("children"), code);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    @Test
    void theDefaultTaxonomyIsPublishedWithTheBriefsTopLevelCodes() {
        JsonObject published = api("GET", "/api/v1/categories", null).json();
        assertEquals("published", published.getJsonObject("version").getString("status"));
        JsonArray top = published.getJsonArray("categories");
        List<String> codes = new ArrayList<>();
        top.getValuesAs(JsonObject.class).forEach(c -> codes.add(c.getString("code")));
        assertTrue(codes.containsAll(List.of("delivery", "price", "product-quality", "customer-service",
                "returns-complaints", "website-app", "billing-payments", "communication", "other")), codes.toString());
        JsonObject delivery = find(top, "delivery");
        assertEquals("Dostawa", delivery.getJsonObject("name").getString("pl"));
        assertTrue(find(delivery.getJsonArray("children"), "delivery-time") != null);
        assertTrue(delivery.getJsonObject("keywords").getJsonArray("pl").toString().contains("przesyłka"));
    }

    @Test
    void aDraftIsEditedWithinItsInvariantsAndConcurrentEditsNeverOverwriteEachOther() throws Exception {
        String parent = ItSupport.unique("tx-parent-").toLowerCase();
        String child = ItSupport.unique("tx-child-").toLowerCase();
        assertEquals(201, api("POST", "/api/v1/categories", category(parent, null, "Rodzic", "Parent")).status());
        Http.Answer created = api("POST", "/api/v1/categories", category(child, "delivery", "Dziecko", "Child"));
        assertEquals(201, created.status(), created.body());
        assertProblem(api("POST", "/api/v1/categories", category(child, null, "x", "y")), 409, "category-code-taken");

        // moved under another category and renamed with Polish characters, as a drag and drop in the tree would
        String moved = category(child, parent, "Żółta łódź <img src=x onerror=alert(1)>", "Yellow boat");
        Http.Answer put = api("PUT", "/api/v1/categories/" + child, moved);
        assertEquals(200, put.status(), put.body());
        assertEquals(parent, put.json().getString("parent"));
        assertEquals("Żółta łódź <img src=x onerror=alert(1)>", put.json().getJsonObject("name").getString("pl"),
                "text is stored as sent; screens escape it");
        int draft = api("GET", "/api/v1/categories?version=draft", null).json().getJsonObject("version").getInt("number");
        Http screen = new Http(root);
        assertEquals(302, screen.login("admin", ItSupport.adminPassword()).status());
        String tree = screen.get("/app/taxonomy/index.xhtml?lang=pl&version=" + draft).body();
        assertTrue(tree.contains("Żółta łódź &lt;img src=x onerror=alert(1)&gt;"), "the name is shown as text");
        assertFalse(tree.contains("<img src=x"), "no markup from a category name reaches the page");
        assertProblem(api("PUT", "/api/v1/categories/" + parent, category(parent, child, "Rodzic", "Parent")), 409,
                "category-cycle");
        assertProblem(api("PUT", "/api/v1/categories/" + parent, category(parent, parent, "Rodzic", "Parent")), 409,
                "category-cycle");

        long version = put.json().getJsonNumber("version").longValue();
        String stale = moved.replaceFirst("\\{", "{\"version\":" + (version - 1) + ",");
        assertProblem(api("PUT", "/api/v1/categories/" + child, stale), 409, "category-changed");

        // two editors who both read the same version: exactly one wins
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Http.Answer>> edits = new ArrayList<>();
        for (String name : new String[] {"Pierwsza zmiana", "Druga zmiana"}) {
            String body = category(child, parent, name, name).replaceFirst("\\{", "{\"version\":" + version + ",");
            edits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api("PUT", "/api/v1/categories/" + child, body);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Http.Answer> edit : edits) {
            Http.Answer answer = edit.get();
            statuses.add(answer.status());
            if (answer.status() == 409) {
                String code = answer.json().getString("code");
                assertTrue(code.equals("category-changed") || code.equals("concurrent-change"), answer.body());
            }
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses, "one edit wins, the other is told");

        Http.Answer bad = api("POST", "/api/v1/categories", category("Bad Code", "nowhere", "a\\u0000", ""));
        assertProblem(bad, 400, "validation-failed");
        assertTrue(bad.body().contains("\"code\"") && bad.body().contains("\"name.pl\"")
                && bad.body().contains("\"name.en\""), bad.body());
        assertProblem(api("POST", "/api/v1/categories", category(ItSupport.unique("tx-").toLowerCase(), "nowhere", "a", "b")),
                400, "validation-failed");
        assertProblem(api("PUT", "/api/v1/categories/no-such-category", category("no-such-category", null, "a", "b")),
                404, "category-not-found");
        assertProblem(api("DELETE", "/api/v1/categories/" + parent, null), 409, "category-has-children");
    }

    @Test
    void mergeAndSplitArePublishedWithTheirLineage() {
        String a = ItSupport.unique("tx-a-").toLowerCase();
        String b = ItSupport.unique("tx-b-").toLowerCase();
        String c = ItSupport.unique("tx-c-").toLowerCase();
        String d = ItSupport.unique("tx-d-").toLowerCase();
        String e = ItSupport.unique("tx-e-").toLowerCase();
        for (String code : new String[] {a, b, c, d, e}) {
            assertEquals(201, api("POST", "/api/v1/categories", category(code, "other", code, code)).status());
        }
        // publish once so that the five exist in a published version, then reshape them in the next draft
        Admin admin = new Admin(root);
        Http.Answer first = admin.api("POST", "/api/v1/categories/publish", null);
        assertEquals(200, first.status(), first.body());
        int number = first.json().getInt("number");

        String f = ItSupport.unique("tx-f-").toLowerCase();
        assertEquals(201, api("POST", "/api/v1/categories", category(f, "other", f, f)).status());
        assertEquals(204, api("POST", "/api/v1/categories/" + a + "/merge", "{\"into\":\"" + c + "\"}").status());
        assertEquals(204, api("POST", "/api/v1/categories/" + b + "/merge", "{\"into\":\"" + c + "\"}").status());
        assertEquals(204, api("POST", "/api/v1/categories/" + d + "/split", "{\"into\":[\"" + e + "\",\"" + f + "\"]}").status());
        assertProblem(api("POST", "/api/v1/categories/" + c + "/merge", "{\"into\":\"" + a + "\"}"), 400, "validation-failed");
        assertProblem(api("POST", "/api/v1/categories/" + e + "/split", "{\"into\":[\"" + f + "\"]}"), 400, "validation-failed");
        assertProblem(api("POST", "/api/v1/categories/publish", null), 403, "forbidden");

        Http.Answer published = admin.api("POST", "/api/v1/categories/publish", null);
        assertEquals(number + 1, published.json().getInt("number"), published.body());
        JsonObject tree = api("GET", "/api/v1/categories", null).json();
        assertFalse(find(tree.getJsonArray("categories"), a).getBoolean("active"), "a merged category is retired");
        assertTrue(find(tree.getJsonArray("categories"), c).getBoolean("active"));
        String lineage = api("GET", "/api/v1/categories/lineage", null).body();
        assertTrue(lineage.contains("{\"from\":\"" + a + "\",\"kind\":\"merge\",\"to\":\"" + c + "\"}"), lineage);
        assertTrue(lineage.contains("{\"from\":\"" + b + "\",\"kind\":\"merge\",\"to\":\"" + c + "\"}"), lineage);
        assertTrue(lineage.contains("{\"from\":\"" + d + "\",\"kind\":\"split\",\"to\":\"" + f + "\"}"), lineage);
        assertTrue(lineage.contains("{\"from\":\"delivery\",\"kind\":\"keep\",\"to\":\"delivery\"}"), lineage);
        assertEquals("archived", api("GET", "/api/v1/categories?version=" + number, null).json()
                .getJsonObject("version").getString("status"));
        assertProblem(api("GET", "/api/v1/categories?version=abc", null), 400, "validation-failed");
        assertProblem(api("GET", "/api/v1/categories?version=99999", null), 404, "taxonomy-not-found");
    }

    @Test
    void aRuleIsTestedOnTheNewestCommentsInAnyInflectedForm() {
        String marker = ItSupport.unique("Zx");
        Http.Answer posted = new Http(root).json("POST", "/api/v1/responses", "{\"survey\":\"csat-delivery\","
                + "\"language\":\"pl\",\"scores\":{\"csat\":2},\"comment\":\"Czekałem tydzień na dostawę " + marker + "\"}",
                "Authorization", "Bearer " + ItSupport.apiToken(), "Idempotency-Key", marker);
        assertEquals(201, posted.status(), posted.body());
        Http.Answer test = api("GET", "/api/v1/categories/rule-test?language=pl&phrase=dostawa", null);
        assertEquals(200, test.status(), test.body());
        assertTrue(test.body().contains(marker), "\"dostawa\" finds \"dostawę\": " + test.body());
        assertFalse(api("GET", "/api/v1/categories/rule-test?language=en&phrase=dostawa", null).body().contains(marker),
                "a rule only reads comments in its language");
        assertProblem(api("GET", "/api/v1/categories/rule-test?language=de&phrase=x", null), 400, "validation-failed");
    }

    @Test
    void theTaxonomyIsExportedAndImportedAsCsvAndJsonAllOrNothing() {
        String a = ItSupport.unique("imp-a-").toLowerCase();
        String b = ItSupport.unique("imp-b-").toLowerCase();
        String csv = "code,parent,name_pl,name_en,keywords_pl,keywords_en\n"
                + a + ",,Odbiór osobisty,Pickup,odbiór|punkt odbioru,pickup\n"
                + b + "," + a + ",\"'=Godziny, otwarcia\",Opening hours,,\n";
        Http.Answer imported = new Http(root).send("POST", "/api/v1/categories/import", "text/csv", csv,
                "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("created"));
        JsonObject child = api("GET", "/api/v1/categories/" + b + "?version=draft", null).json();
        assertEquals(a, child.getString("parent"));
        assertEquals("=Godziny, otwarcia", child.getJsonObject("name").getString("pl"), "the export's guard is undone");

        Http.Answer exported = api("GET", "/api/v1/categories/export?version=draft&format=csv", null);
        assertEquals(200, exported.status());
        assertTrue(exported.contentType().startsWith("text/csv"), exported.contentType());
        assertTrue(exported.body().contains("\"'=Godziny, otwarcia\""), "a formula is disarmed in the export");
        assertTrue(exported.body().contains(a + ",,Odbiór osobisty,Pickup,,,true,odbiór|punkt odbioru,pickup"),
                exported.body());

        String wrong = "code,parent,name_pl,name_en\n" + ItSupport.unique("imp-c-").toLowerCase() + ",nowhere,x,y\n"
                + "Bad Code,,,y\n";
        Http.Answer refused = new Http(root).send("POST", "/api/v1/categories/import", "text/csv", wrong,
                "Authorization", "Bearer " + ItSupport.apiToken());
        assertProblem(refused, 400, "validation-failed");
        assertTrue(refused.body().contains("\"rows[2].parent\"") && refused.body().contains("\"rows[3].code\"")
                && refused.body().contains("\"rows[3].name.pl\""), refused.body());

        // the JSON export imports back: round trip changes nothing but adds nothing either
        String json = api("GET", "/api/v1/categories/export?version=draft&format=json", null).body();
        Http.Answer again = new Http(root).json("POST", "/api/v1/categories/import", json,
                "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("created"), again.body());
        assertEquals("=Godziny, otwarcia", api("GET", "/api/v1/categories/" + b + "?version=draft", null).json()
                .getJsonObject("name").getString("pl"));
    }

    @Test
    void commentsCountedUnderTwoCategoriesBeforeAMergeAppearUnderTheMergedOneAfterIt() {
        String a = ItSupport.unique("trend-a-").toLowerCase();
        String b = ItSupport.unique("trend-b-").toLowerCase();
        String c = ItSupport.unique("trend-c-").toLowerCase();
        String wordA = ItSupport.unique("alfa").toLowerCase();
        String wordB = ItSupport.unique("beta").toLowerCase();
        for (String[] spec : new String[][] {{a, wordA}, {b, wordB}, {c, ItSupport.unique("gamma").toLowerCase()}}) {
            Http.Answer created = api("POST", "/api/v1/categories", "{\"code\":\"" + spec[0] + "\",\"parent\":\"other\","
                    + "\"name\":{\"pl\":\"" + spec[0] + "\",\"en\":\"" + spec[0] + "\"},"
                    + "\"keywords\":[{\"language\":\"pl\",\"phrase\":\"" + spec[1] + "\"}]}");
            assertEquals(201, created.status(), created.body());
        }
        Admin admin = new Admin(root);
        int before = admin.api("POST", "/api/v1/categories/publish", null).json().getInt("number");
        for (String word : new String[] {wordA, wordA, wordB}) {
            String key = ItSupport.unique("trend-");
            Http.Answer posted = new Http(root).json("POST", "/api/v1/responses", "{\"survey\":\"csat-delivery\","
                    + "\"language\":\"pl\",\"scores\":{\"csat\":3},\"comment\":\"Uwaga: " + word + " znowu\"}",
                    "Authorization", "Bearer " + ItSupport.apiToken(), "Idempotency-Key", key);
            assertEquals(201, posted.status(), posted.body());
        }
        JsonObject then = api("GET", "/api/v1/categories/report?from=" + before + "&version=" + before, null).json();
        assertEquals(2, then.getJsonObject("counts").getInt(a), then.toString());
        assertEquals(1, then.getJsonObject("counts").getInt(b), then.toString());

        assertEquals(204, api("POST", "/api/v1/categories/" + a + "/merge", "{\"into\":\"" + c + "\"}").status());
        assertEquals(204, api("POST", "/api/v1/categories/" + b + "/merge", "{\"into\":\"" + c + "\"}").status());
        int after = admin.api("POST", "/api/v1/categories/publish", null).json().getInt("number");
        assertEquals(before + 1, after);

        JsonObject now = api("GET", "/api/v1/categories/report?from=" + before, null).json();
        assertEquals(after, now.getJsonObject("version").getInt("number"));
        assertEquals(3, now.getJsonObject("counts").getInt(c), "the merged category carries both histories: " + now);
        assertFalse(now.getJsonObject("counts").containsKey(a) || now.getJsonObject("counts").containsKey(b), now.toString());
        assertProblem(api("GET", "/api/v1/categories/report?from=x", null), 400, "validation-failed");
    }
}
