package org.cxloop.taxonomy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cxloop.platform.control.Lemmas;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {

    private final KeywordMatcher matcher = new KeywordMatcher(List.of(
            new KeywordMatcher.Rule("delivery", "pl", "dostawa"),
            new KeywordMatcher.Rule("delivery-time", "pl", "termin dostawy"),
            new KeywordMatcher.Rule("product-defects", "pl", "nie działać"),
            new KeywordMatcher.Rule("courier", "pl", "kurier"),
            new KeywordMatcher.Rule("delivery", "en", "delivery"),
            new KeywordMatcher.Rule("returns", "en", "refund")));

    @Test
    void polishInflectedFormsHitTheSameRule() {
        for (String text : new String[] {"Dostawa była szybka", "Czekam na dostawę", "Nie było dostawy",
                "Problem z dostawą", "Przy dostawie"}) {
            assertTrue(matcher.categories(text, "pl").contains("delivery"), text);
        }
        assertEquals(Set.of("delivery", "delivery-time"), matcher.categories("Przekroczyli termin dostawy", "pl"));
        assertEquals(Set.of("delivery", "delivery-time"), matcher.categories("Po terminie dostawy!", "pl"),
                "each word of a phrase in any of its forms");
        assertTrue(matcher.categories("Pralka nie działa od tygodnia", "pl").contains("product-defects"));
        assertTrue(matcher.categories("Kurierowi zabrakło czasu", "pl").contains("courier"));
        assertEquals(Set.of(), matcher.categories("Działa, ale nie od razu", "pl"), "a phrase needs its words in a row");
    }

    @Test
    void englishRulesMatchPluralsAndOtherForms() {
        assertEquals(Set.of("delivery"), matcher.categories("Two deliveries were late", "en"));
        assertEquals(Set.of("returns"), matcher.categories("Refunded quickly, thanks", "en"));
        assertEquals(Set.of(), matcher.categories("dostawa", "en"), "rules only match comments in their language");
    }

    @Test
    void englishStemsAreStable() {
        assertEquals("delivery", Lemmas.english("deliveries"));
        assertEquals("refund", Lemmas.english("refunding"));
        assertEquals("ship", Lemmas.english("shipped"));
        assertEquals("box", Lemmas.english("boxes"));
        assertEquals("status", Lemmas.english("status"));
    }
}
