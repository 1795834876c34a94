package org.cxloop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API's contract in a real server: authentication, roles, problem+json for every failure, hostile input. */
class ApiIT extends DeployedWarIT {
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(root);
    }

    private Http.Answer asIntegration(String method, String path, String contentType, String body) {
        return http.send(method, path, contentType, body, "Authorization", "Bearer " + ItSupport.apiToken());
    }

    static void assertProblem(Http.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(code, problem.getString("code"), answer.body());
        assertEquals(status, problem.getInt("status"));
        assertEquals("urn:cxloop:problem:" + code, problem.getString("type"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(answer.body().contains("Exception"), "no exception text leaks: " + answer.body());
        assertFalse(answer.body().contains("\tat "), "no stack trace leaks");
    }

    @Test
    void healthIsPublicAndSaysUp() {
        Http.Answer health = http.get("/api/v1/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("status"));
        assertEquals("UP", health.json().getJsonObject("checks").getString("database"));
    }

    @Test
    void withoutATokenEveryProtectedCallIs401ProblemJson() {
        for (String path : new String[] {"/api/v1/info", "/api/v1/users", "/api/v1/tokens", "/api/v1/users/admin"}) {
            Http.Answer answer = http.get(path);
            assertProblem(answer, 401, "unauthorized");
            assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"));
        }
        assertProblem(http.json("POST", "/api/v1/users", "{}"), 401, "unauthorized");
    }

    @Test
    void aWrongTokenIsRefusedEverywhere() {
        assertProblem(http.get("/api/v1/info", "Authorization", "Bearer cxl_not_a_token_0000000000000000000"), 401,
                "invalid-token");
        assertProblem(http.get("/api/v1/health", "Authorization", "Bearer cxl_not_a_token_0000000000000000000"), 401,
                "invalid-token");
        assertProblem(http.get("/api/v1/info", "Authorization", "Basic YWRtaW46YWRtaW4="), 401, "invalid-token");
        assertProblem(http.get("/api/v1/info", "Authorization", "Bearer <script>alert(1)</script>"), 401, "invalid-token");
    }

    @Test
    void theIntegrationTokenFromTheEnvironmentWorksAndHasOnlyItsRole() {
        Http.Answer info = asIntegration("GET", "/api/v1/info", null, null);
        assertEquals(200, info.status(), info.body());
        JsonObject body = info.json();
        assertEquals("token:integration", body.getString("caller"));
        assertEquals(Set.of("cx-integration"), body.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).collect(Collectors.toSet()));
        assertEquals(ItSupport.server(), body.getString("server"));
        assertProblem(asIntegration("GET", "/api/v1/users", null, null), 403, "forbidden");
        assertProblem(asIntegration("POST", "/api/v1/tokens", "application/json", "{\"name\":\"x\"}"), 403, "forbidden");
    }

    @Test
    void httpErrorsAreProblemsWithStableCodes() {
        assertProblem(asIntegration("GET", "/api/v1/no-such-thing", null, null), 404, "not-found");
        Http.Answer wrongMethod = asIntegration("DELETE", "/api/v1/info", null, null);
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertTrue(wrongMethod.header("Allow").contains("GET"), String.valueOf(wrongMethod.headers()));
        assertProblem(http.get("/api/v1/info", "Authorization", "Bearer " + ItSupport.apiToken(), "Accept", "application/xml"),
                406, "not-acceptable");
        Admin admin = new Admin(root);
        assertProblem(admin.api("GET", "/api/v1/users/nobody-" + System.nanoTime(), null), 404, "user-not-found");
        assertProblem(admin.api("DELETE", "/api/v1/tokens/999999999", null), 404, "token-not-found");
        assertProblem(admin.api("DELETE", "/api/v1/tokens/not-a-number", null), 404, "token-not-found");
    }

    @Test
    void anAdministratorManagesUsersAndHostileInputIsRefusedWithoutTrace() {
        Admin admin = new Admin(root);
        String username = ItSupport.unique("ewa.");
        String xssName = "Ewa Żółć <script>alert('x')</script> =SUM(A1)";
        String good = "{\"username\":\"" + username + "\",\"displayName\":\"" + xssName.replace("'", "\\u0027")
                + "\",\"email\":\"ewa@example.com\",\"language\":\"pl\",\"roles\":[\"cx-analyst\"],\"password\":\"długie hasło ewy 1\"}";

        // wrong content type, malformed JSON, wrong types, a body over the limit, no body
        assertProblem(admin.api("POST", "/api/v1/users", ""), 400, "body-required");
        assertProblem(admin.api("POST", "/api/v1/users", "null"), 400, "body-required");
        assertProblem(admin.api("POST", "/api/v1/users", null), 415, "unsupported-media-type");
        assertProblem(http.send("POST", "/api/v1/users", "text/plain", good, "Authorization", "Bearer " + admin.bearer()),
                415, "unsupported-media-type");
        assertProblem(admin.api("POST", "/api/v1/users", "{\"username\": \"x\","), 400, "malformed-json");
        assertProblem(admin.api("POST", "/api/v1/users", "{\"username\": [1,2], \"roles\": 5}"), 400, "malformed-json");
        String huge = "{\"username\":\"" + username + "\",\"displayName\":\"" + "x".repeat(1_500_000) + "\"}";
        assertProblem(admin.api("POST", "/api/v1/users", huge), 413, "payload-too-large");

        // field rules, all reported at once
        Http.Answer invalid = admin.api("POST", "/api/v1/users",
                "{\"username\":\"A B\",\"displayName\":\"\",\"email\":\"not-an-email\",\"language\":\"de\",\"roles\":[]}");
        assertProblem(invalid, 400, "validation-failed");
        Set<String> fields = invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("username", "displayName", "email", "language", "roles"), fields, invalid.body());
        assertProblem(admin.api("POST", "/api/v1/users", good.replace("cx-analyst", "cx-overlord")), 400, "validation-failed");
        assertProblem(admin.api("POST", "/api/v1/users", good.replace("cx-analyst", "cx-integration")), 400, "validation-failed");
        assertProblem(admin.api("POST", "/api/v1/users", good.replace("długie hasło ewy 1", "short")), 400, "validation-failed");
        assertProblem(admin.api("POST", "/api/v1/users", good.replace("Ewa Żółć", "Ewa\\u0007Bell")), 400, "validation-failed");
        assertProblem(admin.api("GET", "/api/v1/users/" + username, null), 404, "user-not-found");

        // the good one, stored exactly as sent (escaping is the screens' job), then a duplicate
        Http.Answer created = admin.api("POST", "/api/v1/users", good);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/users/" + username));
        JsonObject user = admin.api("GET", "/api/v1/users/" + username, null).json();
        assertEquals(xssName, user.getString("displayName"));
        assertEquals("pl", user.getString("language"));
        assertFalse(user.containsKey("password"));
        assertFalse(admin.api("GET", "/api/v1/users", null).body().contains("PBKDF2"), "hashes never leave");
        assertProblem(admin.api("POST", "/api/v1/users", good), 409, "username-taken");

        // update: roles and deactivation
        Http.Answer updated = admin.api("PUT", "/api/v1/users/" + username,
                "{\"displayName\":\"Ewa Nowak\",\"roles\":[\"cx-agent\"],\"active\":false}");
        assertEquals(200, updated.status(), updated.body());
        assertFalse(updated.json().getBoolean("active"));
        assertEquals("cx-agent", updated.json().getJsonArray("roles").getString(0));
    }

    @Test
    void theLastActiveAdministratorCannotBeRemoved() {
        Admin admin = new Admin(root);
        Http.Answer demote = admin.api("PUT", "/api/v1/users/admin",
                "{\"displayName\":\"Administrator\",\"roles\":[\"cx-analyst\"]}");
        assertProblem(demote, 409, "last-admin");
        assertEquals("cx-admin", admin.api("GET", "/api/v1/users/admin", null).json().getJsonArray("roles").getString(0));
    }

    @Test
    void tokensAreShownOnceStoredHashedAndRevocable() throws Exception {
        Admin admin = new Admin(root);
        Http.Answer issued = admin.api("POST", "/api/v1/tokens", "{\"name\":\"crm <b>sync</b>\",\"roles\":[\"cx-integration\"]}");
        assertEquals(201, issued.status(), issued.body());
        String secret = issued.json().getString("token");
        long id = issued.json().getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("cxl_"));
        assertEquals(200, http.get("/api/v1/info", "Authorization", "Bearer " + secret).status());

        JsonArray listed = (JsonArray) admin.api("GET", "/api/v1/tokens", null).jsonStructure();
        assertFalse(listed.toString().contains(secret), "the secret is never listed");
        assertTrue(listed.getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("name").equals("crm <b>sync</b>")));

        if (ItSupport.postgresql()) {
            try (Connection db = ItSupport.database();
                 PreparedStatement q = db.prepareStatement("SELECT token_hash FROM cx_api_token WHERE id = ?")) {
                q.setLong(1, id);
                ResultSet rs = q.executeQuery();
                assertTrue(rs.next());
                assertEquals(64, rs.getString(1).length());
                assertFalse(rs.getString(1).contains(secret.substring(4)));
            }
        }

        assertProblem(admin.api("POST", "/api/v1/tokens", "{\"name\":\"\",\"roles\":[\"cx-nothing\"],\"expiresInDays\":0}"),
                400, "validation-failed");
        assertEquals(204, admin.api("DELETE", "/api/v1/tokens/" + id, null).status());
        assertProblem(http.get("/api/v1/info", "Authorization", "Bearer " + secret), 401, "invalid-token");
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha512() throws Exception {
        Assumptions.assumeTrue(ItSupport.postgresql(), "direct SQL checks run against PostgreSQL");
        try (Connection db = ItSupport.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT password_hash FROM cx_user WHERE username = 'admin'")) {
            assertTrue(rs.next());
            String[] parts = rs.getString(1).split(":");
            assertEquals("PBKDF2WithHmacSHA512", parts[0]);
            assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        }
    }

    @Test
    void theOpenApiDocumentIsServed() {
        Http.Answer doc = http.get("/api/v1/openapi");
        assertEquals(200, doc.status());
        assertEquals("3.1.0", doc.json().getString("openapi"));
        assertTrue(doc.json().getJsonObject("paths").containsKey("/users/{username}"));
    }

    @Test
    void securityHeadersOnApiAndPages() {
        for (String path : new String[] {"/api/v1/health", "/login.xhtml"}) {
            Http.Answer answer = http.get(path);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
            assertEquals("DENY", answer.header("X-Frame-Options"), path);
            assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("no-store", answer.header("Cache-Control"), path);
        }
    }
}
