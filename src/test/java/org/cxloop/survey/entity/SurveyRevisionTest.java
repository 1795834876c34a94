package org.cxloop.survey.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.cxloop.survey.entity.SurveyQuestion.Kind;
import org.junit.jupiter.api.Test;

/** What the editor may do to a survey's questions in each state (the rules behind PUT /surveys/{code}). */
class SurveyRevisionTest {

    static final List<QuestionOption> TWO = List.of(new QuestionOption(1, "a", "A", "A"), new QuestionOption(2, "b", "B", "B"));

    private static QuestionSpec spec(String code, Kind kind, boolean required, List<QuestionOption> options) {
        return new QuestionSpec(code, kind, required, "Pytanie " + code, "Question " + code, options);
    }

    private static Survey active() {
        Survey survey = new Survey("s", Survey.Type.CUSTOM, 1L, "T", "T", Instant.EPOCH);
        survey.reviseQuestions(List.of(spec("score", Kind.NPS, true, List.of()), spec("pick", Kind.SINGLE_CHOICE, false, TWO)));
        survey.activate();
        return survey;
    }

    private static List<String> codes(Survey survey) {
        return survey.getQuestions().stream().map(SurveyQuestion::getCode).toList();
    }

    @Test
    void aDraftMayChangeEverything() {
        Survey survey = new Survey("s", Survey.Type.CUSTOM, 1L, "T", "T", Instant.EPOCH);
        survey.reviseQuestions(List.of(spec("a", Kind.OPEN_TEXT, false, List.of()), spec("b", Kind.NPS, true, List.of())));
        survey.reviseQuestions(List.of(spec("b", Kind.RATING_7, false, List.of()), spec("c", Kind.MULTI_CHOICE, true, TWO)));
        assertEquals(List.of("b", "c"), codes(survey));
        assertEquals(Kind.RATING_7, survey.getQuestions().get(0).getKind());
        assertEquals(1, survey.getQuestions().get(0).getPosition());
        assertEquals(2, survey.getQuestions().get(1).getOptions().size());
    }

    @Test
    void anActiveSurveyMayBeRewordedReorderedAndGrowOptionalQuestionsAndChoices() {
        Survey survey = active();
        List<QuestionOption> three = List.of(TWO.get(0), TWO.get(1), new QuestionOption(3, "c", "C", "C"));
        survey.reviseQuestions(List.of(
                new QuestionSpec("pick", Kind.SINGLE_CHOICE, false, "Nowa treść", "New text", three),
                spec("score", Kind.NPS, false, List.of()),
                spec("why", Kind.OPEN_TEXT, false, List.of())));
        assertEquals(List.of("pick", "score", "why"), codes(survey));
        assertEquals("Nowa treść", survey.getQuestions().get(0).getTextPl());
        assertEquals(3, survey.getQuestions().get(0).getOptions().size());
    }

    @Test
    void anActiveSurveyRefusesWhatWouldChangeTheMeaningOfItsAnswers() {
        assertEquals("survey-active-question-removed", assertThrows(IllegalStateException.class,
                () -> active().reviseQuestions(List.of(spec("score", Kind.NPS, true, List.of())))).getMessage());
        assertEquals("survey-active-kind-changed", assertThrows(IllegalStateException.class,
                () -> active().reviseQuestions(List.of(spec("score", Kind.RATING_5, true, List.of()),
                        spec("pick", Kind.SINGLE_CHOICE, false, TWO)))).getMessage());
        assertEquals("survey-active-option-removed", assertThrows(IllegalStateException.class,
                () -> active().reviseQuestions(List.of(spec("score", Kind.NPS, true, List.of()),
                        spec("pick", Kind.SINGLE_CHOICE, false, List.of(TWO.get(0), new QuestionOption(2, "z", "Z", "Z"))))))
                .getMessage());
        assertEquals("survey-active-required-question", assertThrows(IllegalStateException.class,
                () -> active().reviseQuestions(List.of(spec("score", Kind.NPS, true, List.of()),
                        spec("pick", Kind.SINGLE_CHOICE, true, TWO)))).getMessage());
        assertEquals("survey-active-required-question", assertThrows(IllegalStateException.class,
                () -> active().reviseQuestions(List.of(spec("score", Kind.NPS, true, List.of()),
                        spec("pick", Kind.SINGLE_CHOICE, false, TWO), spec("new", Kind.OPEN_TEXT, true, List.of()))))
                .getMessage());
    }

    @Test
    void theStatusOnlyMovesForwardAndAClosedSurveyIsReadOnly() {
        Survey survey = active();
        assertEquals("survey-status-transition", assertThrows(IllegalStateException.class,
                () -> survey.changeStatus(Survey.Status.DRAFT)).getMessage());
        survey.changeStatus(Survey.Status.CLOSED);
        assertEquals("survey-closed", assertThrows(IllegalStateException.class,
                () -> survey.describe("a", "b", 3)).getMessage());
        assertEquals("survey-closed", assertThrows(IllegalStateException.class,
                () -> survey.reviseQuestions(List.of())).getMessage());
        assertEquals("survey-not-draft", assertThrows(IllegalStateException.class,
                () -> survey.retarget(Survey.Type.NPS, 1L)).getMessage());
    }

    @Test
    void choicesAreCheckedAndCodesAreUnique() {
        Survey survey = new Survey("s", Survey.Type.CUSTOM, 1L, "T", "T", Instant.EPOCH);
        assertEquals("question-options-required", assertThrows(IllegalArgumentException.class,
                () -> survey.reviseQuestions(List.of(spec("p", Kind.SINGLE_CHOICE, false, List.of(TWO.get(0))))))
                .getMessage());
        assertEquals("question-options-unexpected", assertThrows(IllegalArgumentException.class,
                () -> survey.reviseQuestions(List.of(spec("p", Kind.NPS, false, TWO)))).getMessage());
        assertEquals("question-code-taken", assertThrows(IllegalArgumentException.class,
                () -> survey.reviseQuestions(List.of(spec("p", Kind.NPS, false, List.of()),
                        spec("p", Kind.OPEN_TEXT, false, List.of())))).getMessage());
    }
}
