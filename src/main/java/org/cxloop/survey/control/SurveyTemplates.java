package org.cxloop.survey.control;

import java.time.Instant;
import java.util.List;
import org.cxloop.survey.entity.Survey;
import org.cxloop.survey.entity.SurveyQuestion.Kind;

/**
 * The ready-made surveys CX Loop ships: NPS, CSAT and CES, each with its score question and the two open questions
 * the CEM practice asks for ("what influenced your rating?", "what could we improve?"), in Polish and English.
 */
public final class SurveyTemplates {

    private SurveyTemplates() {
    }

    public static Survey nps(String code, Long touchpointId, Instant now) {
        return scored(new Survey(code, Survey.Type.NPS, touchpointId,
                        "Czy poleciłbyś nas znajomym?", "Would you recommend us to a friend?", now), "nps", Kind.NPS,
                "Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi? (0 – wcale, 10 – na pewno)",
                "How likely are you to recommend us to a friend or colleague? (0 – not at all, 10 – extremely likely)");
    }

    public static Survey csat(String code, Long touchpointId, Instant now) {
        return scored(new Survey(code, Survey.Type.CSAT, touchpointId,
                        "Jak oceniasz dostawę?", "How satisfied are you with the delivery?", now), "csat", Kind.RATING_5,
                "Jak bardzo jesteś zadowolony? (1 – bardzo niezadowolony, 5 – bardzo zadowolony)",
                "How satisfied are you? (1 – very dissatisfied, 5 – very satisfied)");
    }

    public static Survey ces(String code, Long touchpointId, Instant now) {
        return scored(new Survey(code, Survey.Type.CES, touchpointId,
                        "Jak łatwo było załatwić Twoją sprawę?", "How easy was it to get your matter handled?", now),
                "ces", Kind.RATING_7,
                "Firma ułatwiła mi załatwienie sprawy. (1 – zdecydowanie się nie zgadzam, 7 – zdecydowanie się zgadzam)",
                "The company made it easy for me to handle my issue. (1 – strongly disagree, 7 – strongly agree)");
    }

    /** The required score question first, then the two open questions. */
    private static Survey scored(Survey survey, String scoreCode, Kind scale, String textPl, String textEn) {
        survey.addQuestion(scoreCode, scale, textPl, textEn, true, List.of());
        openQuestions(survey);
        return survey;
    }

    private static void openQuestions(Survey survey) {
        survey.addQuestion("why", Kind.OPEN_TEXT, "Co wpłynęło na Twoją ocenę?", "What influenced your rating?",
                false, List.of());
        survey.addQuestion("improve", Kind.OPEN_TEXT, "Co moglibyśmy poprawić?", "What could we improve?",
                false, List.of());
    }
}
