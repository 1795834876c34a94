package org.cxloop.survey.entity;

import java.util.List;

/** A question as an editor describes it: what {@link Survey#reviseQuestions} makes of the survey's questions. */
public record QuestionSpec(String code, SurveyQuestion.Kind kind, boolean required, String textPl, String textEn,
                           List<QuestionOption> options) {

    public QuestionSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
