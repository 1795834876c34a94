package org.cxloop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;

/**
 * An administrator as the tests need one: signs in through the login page, then uses the API with the session
 * (and its CSRF token) to issue an admin API token, the way an administrator would bootstrap automation.
 */
public final class Admin {

    private final Http http;
    private final String bearer;

    public Admin(URI root) {
        Http session = new Http(root);
        Http.Answer login = session.login("admin", ItSupport.adminPassword());
        assertEquals(302, login.status(), "admin signs in: " + login.body());
        Http.Answer issued = session.json("POST", "/api/v1/tokens",
                "{\"name\":\"" + ItSupport.unique("it-admin-") + "\",\"roles\":[\"cx-admin\"],\"expiresInDays\":1}",
                "X-CSRF-Token", session.csrfToken());
        assertEquals(201, issued.status(), issued.body());
        this.bearer = issued.json().getString("token");
        this.http = new Http(root);
    }

    public String bearer() {
        return bearer;
    }

    public Http.Answer api(String method, String path, String json) {
        return json == null
                ? http.send(method, path, null, null, "Authorization", "Bearer " + bearer)
                : http.json(method, path, json, "Authorization", "Bearer " + bearer);
    }

    /** Creates a user with the given role and password; returns the username. */
    public String createUser(String prefix, String displayName, String role, String password) {
        String username = ItSupport.unique(prefix);
        JsonArrayBuilder roles = Json.createArrayBuilder().add(role);
        String body = Json.createObjectBuilder().add("username", username).add("displayName", displayName)
                .add("language", "pl").add("roles", roles).add("password", password).build().toString();
        Http.Answer created = api("POST", "/api/v1/users", body);
        assertEquals(201, created.status(), created.body());
        return username;
    }
}
