package org.cxloop.survey.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.cxloop.survey.control.SurveyTemplates;
import org.cxloop.survey.entity.SurveyQuestion.Kind;
import org.junit.jupiter.api.Test;

class SurveyTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static Survey draft() {
        return new Survey("custom-1", Survey.Type.CUSTOM, 1L, "Tytuł", "Title", NOW);
    }

    private static List<String> codes(Survey survey) {
        return survey.getQuestions().stream().map(SurveyQuestion::getCode).toList();
    }

    @Test
    void theLifecycleIsDraftActiveClosed() {
        Survey survey = draft();
        assertFalse(survey.acceptsResponses());
        assertEquals("survey-without-questions", assertThrows(IllegalStateException.class, survey::activate).getMessage());
        survey.addQuestion("q1", Kind.RATING_5, "Ocena", "Rating", true, List.of());
        survey.activate();
        assertTrue(survey.acceptsResponses());
        survey.close();
        assertFalse(survey.acceptsResponses());
        assertEquals("survey-closed", assertThrows(IllegalStateException.class, survey::activate).getMessage());
    }

    @Test
    void anActiveSurveyKeepsTheMeaningOfItsAnswers() {
        Survey survey = draft();
        survey.addQuestion("score", Kind.NPS, "Polecisz?", "Recommend?", true, List.of());
        survey.activate();
        assertEquals("survey-not-draft", assertThrows(IllegalStateException.class,
                () -> survey.removeQuestion("score")).getMessage());
        assertEquals("survey-active-required-question", assertThrows(IllegalStateException.class,
                () -> survey.addQuestion("extra", Kind.OPEN_TEXT, "Dodatkowe", "Extra", true, List.of())).getMessage());
        survey.addQuestion("extra", Kind.OPEN_TEXT, "Dodatkowe", "Extra", false, List.of());
        survey.question("score").orElseThrow().reword("Czy polecisz nas?", "Would you recommend us?");
        assertEquals(List.of("score", "extra"), codes(survey));
    }

    @Test
    void questionsAreOrderedAndUnique() {
        Survey survey = draft();
        survey.addQuestion("a", Kind.OPEN_TEXT, "A", "A", false, List.of());
        survey.addQuestion("b", Kind.OPEN_TEXT, "B", "B", false, List.of());
        survey.addQuestion("c", Kind.OPEN_TEXT, "C", "C", false, List.of());
        survey.moveQuestion("c", 1);
        assertEquals(List.of("c", "a", "b"), codes(survey));
        assertEquals(List.of(1, 2, 3), survey.getQuestions().stream().map(SurveyQuestion::getPosition).toList());
        survey.removeQuestion("a");
        assertEquals(List.of(1, 2), survey.getQuestions().stream().map(SurveyQuestion::getPosition).toList());
        assertThrows(IllegalArgumentException.class, () -> survey.addQuestion("b", Kind.NPS, "x", "x", false, List.of()));
    }

    @Test
    void choiceQuestionsNeedOptionsAndOnlyThey() {
        Survey survey = draft();
        assertThrows(IllegalArgumentException.class,
                () -> survey.addQuestion("ch", Kind.SINGLE_CHOICE, "Wybór", "Choice", false, List.of()));
        assertThrows(IllegalArgumentException.class, () -> survey.addQuestion("t", Kind.OPEN_TEXT, "T", "T", false,
                List.of(new QuestionOption(1, "x", "X", "X"))));
        survey.addQuestion("ch", Kind.MULTI_CHOICE, "Wybór", "Choice", false,
                List.of(new QuestionOption(1, "yes", "Tak", "Yes"), new QuestionOption(2, "no", "Nie", "No")));
        assertEquals(2, survey.question("ch").orElseThrow().getOptions().size());
    }

    @Test
    void theTemplatesAskAScoreThenWhyThenWhatToImprove() {
        for (Survey template : List.of(SurveyTemplates.nps("n", 1L, NOW), SurveyTemplates.csat("c", 1L, NOW),
                SurveyTemplates.ces("e", 1L, NOW))) {
            assertEquals(3, template.getQuestions().size());
            SurveyQuestion score = template.getQuestions().get(0);
            assertTrue(score.getKind().isScale() && score.isRequired());
            assertEquals(List.of("why", "improve"), codes(template).subList(1, 3));
            template.getQuestions().forEach(q -> assertFalse(q.getTextPl().isBlank() || q.getTextEn().isBlank()));
        }
        assertEquals(Kind.NPS, SurveyTemplates.nps("n", 1L, NOW).getQuestions().get(0).getKind());
        assertEquals(Kind.RATING_7, SurveyTemplates.ces("e", 1L, NOW).getQuestions().get(0).getKind());
    }
}
