package org.cxloop.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesAndProblemsTest {

    @Test
    void explicitChoiceThenBrowserPreferenceThenEnglish() {
        assertEquals(Languages.POLISH, Languages.resolve("pl", List.of(Locale.ENGLISH)));
        assertEquals(Languages.POLISH, Languages.resolve(null, List.of(Locale.GERMAN, Locale.forLanguageTag("pl-PL"))));
        assertEquals(Languages.ENGLISH, Languages.resolve("de", List.of(Locale.FRENCH)));
        assertEquals(Languages.ENGLISH, Languages.resolve("<script>", null));
        assertNull(Languages.parse("x".repeat(100)));
    }

    @Test
    void problemsCarryStableCodesAndLocalisedTexts() {
        JsonObject en = Json.createReader(new StringReader(Problems.json(Locale.ENGLISH, 400, "validation-failed",
                "/api/v1/users", List.of(new FieldError("username", "Pattern", "bad"))))).readObject();
        assertEquals("urn:cxloop:problem:validation-failed", en.getString("type"));
        assertEquals("validation-failed", en.getString("code"));
        assertEquals(400, en.getInt("status"));
        assertEquals("username", en.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject pl = Json.createReader(new StringReader(Problems.json(Languages.POLISH, 404, "user-not-found",
                null, List.of(), "ewa"))).readObject();
        assertEquals("Nie ma użytkownika ewa.", pl.getString("detail"));
        assertFalse(pl.containsKey("instance"));
    }

    @Test
    void everyStatusHasACode() {
        assertEquals("method-not-allowed", Problems.codeForStatus(405));
        assertEquals("unsupported-media-type", Problems.codeForStatus(415));
        assertEquals("internal-error", Problems.codeForStatus(502));
        assertTrue(Problems.title(Locale.ENGLISH, "http-418", 418).contains("418"));
    }

    @Test
    void csrfTokensAreLongRandomAndComparedExactly() {
        String token = CsrfTokens.newToken();
        assertEquals(43, token.length());
        assertTrue(CsrfTokens.matches(token, token));
        assertFalse(CsrfTokens.matches(token, token.substring(1)));
        assertFalse(CsrfTokens.matches(token, null));
        assertFalse(CsrfTokens.matches(null, null));
    }

    @Test
    void htmlEscaping() {
        assertEquals("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;", Html.escape("<img src=x onerror=\"alert(1)\"> & '"));
    }
}
