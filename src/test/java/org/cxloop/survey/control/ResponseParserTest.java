package org.cxloop.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;
import org.junit.jupiter.api.Test;

class ResponseParserTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    final ResponseParser parser = new ResponseParser(100);

    private Set<String> rejected(String body) {
        ProblemException problem = assertThrows(ProblemException.class, () -> parser.parse(body, NOW));
        assertEquals("validation-failed", problem.code());
        return problem.fieldErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aFullResponse() {
        ResponseInput input = parser.parse("""
                {"survey":"nps-relationship","touchpoint":"delivery",
                 "customer":{"externalId":" C-1 ","email":"anna@example.com","segment":"b2c","language":"pl"},
                 "scores":{"nps":6,"csat":2,"ces":7},"comment":"Kurier nie dzwonił,\\npaczka po terminie",
                 "channel":"phone","submittedAt":"2026-11-21T10:15:00+01:00"}""", NOW);
        assertEquals("nps-relationship", input.survey());
        assertEquals("C-1", input.customer().externalId());
        assertEquals(6, input.nps());
        assertEquals(2, input.csat());
        assertEquals(7, input.ces());
        assertEquals("Kurier nie dzwonił,\npaczka po terminie", input.comment());
        assertEquals("pl", input.language(), "the customer's language when none is given");
        assertEquals(Instant.parse("2026-11-21T09:15:00Z"), input.submittedAt());
    }

    @Test
    void defaults() {
        ResponseInput input = parser.parse("{\"survey\":\"csat-delivery\",\"scores\":{\"csat\":5}}", NOW);
        assertEquals("api", input.channel());
        assertEquals(NOW, input.submittedAt());
        assertNull(input.customer());
        assertNull(input.language());
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        assertEquals(Set.of("survey", "scores.nps", "scores.csat", "scores.ces", "channel", "submittedAt",
                        "customer.externalId", "customer.language", "comment"),
                rejected("""
                        {"survey":"Bad Code!","scores":{"nps":11,"csat":"5","ces":2.5},"channel":"pigeon",
                         "submittedAt":"yesterday","customer":{"language":"de"},"comment":"%s"}""".formatted("x".repeat(101))));
    }

    @Test
    void scalesAreEnforced() {
        assertEquals(Set.of("scores.nps"), rejected("{\"survey\":\"s1\",\"scores\":{\"nps\":-1}}"));
        assertEquals(Set.of("scores.csat"), rejected("{\"survey\":\"s1\",\"scores\":{\"csat\":0}}"));
        assertEquals(Set.of("scores.ces"), rejected("{\"survey\":\"s1\",\"scores\":{\"ces\":8}}"));
        assertEquals(Set.of("scores.nps"), rejected("{\"survey\":\"s1\",\"scores\":{\"nps\":1e400}}"));
        assertEquals(Set.of("scores"), rejected("{\"survey\":\"s1\",\"scores\":[1,2]}"));
    }

    @Test
    void aScoreOrACommentIsNeeded() {
        assertEquals(Set.of("scores"), rejected("{\"survey\":\"s1\"}"));
        assertEquals(Set.of("scores"), rejected("{\"survey\":\"s1\",\"comment\":\"   \"}"));
    }

    @Test
    void controlCharactersAndTheFutureAreRefused() {
        assertEquals(Set.of("comment"), rejected("{\"survey\":\"s1\",\"comment\":\"bell \\u0007\"}"));
        assertEquals(Set.of("customer.externalId"),
                rejected("{\"survey\":\"s1\",\"scores\":{\"nps\":1},\"customer\":{\"externalId\":\"a\\tb\"}}"));
        assertEquals(Set.of("submittedAt"),
                rejected("{\"survey\":\"s1\",\"scores\":{\"nps\":1},\"submittedAt\":\"2030-01-01T00:00:00Z\"}"));
    }

    @Test
    void notJsonIsMalformed() {
        for (String body : new String[] {"{", "[1]", "\"text\"", "nul"}) {
            ProblemException problem = assertThrows(ProblemException.class, () -> parser.parse(body, NOW));
            assertEquals("malformed-json", problem.code(), body);
        }
        assertEquals("body-required", assertThrows(ProblemException.class, () -> parser.parse(" ", NOW)).code());
    }
}
