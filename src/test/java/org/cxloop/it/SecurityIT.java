package org.cxloop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The screens' security over plain HTTP: form login, throttling, roles, CSRF, logout. */
class SecurityIT extends DeployedWarIT {

    /** The server under test is started with CXLOOP_LOGIN_LOCK_SECONDS=6 (see the pom). */
    static final long LOCK_MILLIS = 6_000;

    @Test
    void theBackOfficeAsksForALoginFirst() {
        Http browser = new Http(root);
        Http.Answer rootPage = browser.get("/");
        assertEquals(302, rootPage.status());
        assertTrue(rootPage.header("Location").endsWith("/cxloop/app/index.xhtml"));
        Http.Answer app = browser.get("/app/index.xhtml");
        assertEquals(302, app.status());
        assertTrue(app.header("Location").contains("/cxloop/login.xhtml"));
        assertTrue(browser.get("/login.xhtml").body().contains("name=\"_csrf\""));
    }

    @Test
    void signInReturnsToTheRequestedPageAndSignOutEndsTheSession() {
        Http browser = new Http(root);
        browser.get("/app/account.xhtml");
        Http.Answer login = browser.login("admin", ItSupport.adminPassword());
        assertEquals(302, login.status(), login.body());
        assertTrue(login.header("Location").endsWith("/app/account.xhtml"), login.header("Location"));
        Http.Answer account = browser.get("/app/account.xhtml");
        assertEquals(200, account.status());
        assertTrue(account.body().contains("Administrator"));

        Http.Answer logout = browser.submit("/app/index.xhtml", "shell", Map.of(), "shell:logout", true);
        assertEquals(302, logout.status(), logout.body());
        assertTrue(logout.header("Location").contains("login.xhtml?loggedOut=true"));
        assertEquals(302, browser.get("/app/index.xhtml").status(), "signed out");
    }

    @Test
    void wrongPasswordsLockTheAccountWithAClearMessageUntilTheLockEnds() throws InterruptedException {
        Admin admin = new Admin(root);
        String password = "Hasło dla testu blokady 1";
        String username = admin.createUser("locked.", "Zofia Blokada", "cx-agent", password);
        Http browser = new Http(root);
        for (int attempt = 1; attempt <= 9; attempt++) {
            Http.Answer wrong = browser.login(username, "wrong password " + attempt);
            assertEquals(200, wrong.status());
            assertTrue(wrong.body().contains("The username or password is not correct."), "attempt " + attempt);
        }
        Http.Answer tenth = browser.login(username, "wrong password 10");
        assertTrue(tenth.body().contains("Too many failed sign-in attempts"), tenth.body());
        long lockedAt = System.currentTimeMillis();

        Http.Answer eleventh = browser.login(username, password);
        assertEquals(200, eleventh.status(), "even the right password is refused while locked");
        assertTrue(eleventh.body().contains("The account is locked until"));
        Http polish = new Http(root);
        polish.get("/login.xhtml?lang=pl");
        assertTrue(polish.login(username, password).body().contains("Konto jest zablokowane do"), "Polish message");

        Thread.sleep(Math.max(0, LOCK_MILLIS + 1_000 - (System.currentTimeMillis() - lockedAt)));
        Http.Answer afterWait = browser.login(username, password);
        assertEquals(302, afterWait.status(), "the right password works after the wait: " + afterWait.body());
    }

    @Test
    void unknownAccountsAreThrottledJustLikeKnownOnes() {
        Http browser = new Http(root);
        String ghost = ItSupport.unique("ghost.");
        Http.Answer last = null;
        for (int attempt = 1; attempt <= 11; attempt++) {
            last = browser.login(ghost, "whatever " + attempt);
        }
        assertTrue(last.body().contains("Too many failed sign-in attempts"));
    }

    @Test
    void peopleWithoutTheAdminRoleCannotOpenAdministration() {
        Admin admin = new Admin(root);
        String password = "Hasło agenta do testu 1";
        String agent = admin.createUser("agent.", "Jan Agent", "cx-agent", password);
        Http browser = new Http(root);
        assertEquals(302, browser.login(agent, password).status());
        assertEquals(200, browser.get("/app/index.xhtml").status());
        Http.Answer users = browser.get("/app/admin/users.xhtml");
        assertEquals(403, users.status());
        assertTrue(users.body().contains("Access denied") || users.body().contains("Brak dostępu"), users.body());
        assertFalse(browser.get("/app/index.xhtml").body().contains("m-admin"), "no Administration menu");
        ApiIT.assertProblem(browser.get("/api/v1/users"), 403, "forbidden");
    }

    @Test
    void stateChangingRequestsNeedTheSessionsCsrfToken() {
        Http noToken = new Http(root);
        Http.Answer refused = noToken.submit("/login.xhtml", "login",
                Map.of("login:username", "admin", "login:password", ItSupport.adminPassword()), "login:submit", false);
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("The form could not be accepted"));

        Http foreign = new Http(root);
        foreign.get("/login.xhtml");
        Http.Answer crossSite = foreign.send("POST", "/login.xhtml", "application/x-www-form-urlencoded",
                "_csrf=" + foreign.csrfTokenFromLogin(), "Origin", "https://evil.example");
        assertEquals(403, crossSite.status());

        Http session = new Http(root);
        assertEquals(302, session.login("admin", ItSupport.adminPassword()).status());
        ApiIT.assertProblem(session.json("POST", "/api/v1/tokens", "{\"name\":\"csrf\"}"), 403, "csrf-token-invalid");
        ApiIT.assertProblem(session.json("POST", "/api/v1/tokens", "{\"name\":\"csrf\"}", "X-CSRF-Token", "forged"), 403,
                "csrf-token-invalid");
        assertEquals(201, session.json("POST", "/api/v1/tokens", "{\"name\":\"csrf ok\"}",
                "X-CSRF-Token", session.csrfToken()).status());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Http browser = new Http(root);
        String cookie = browser.get("/login.xhtml").header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }
}
