package org.cxloop.survey.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxloop.survey.entity.Answer;
import org.cxloop.survey.entity.QuestionOption;
import org.cxloop.survey.entity.SurveyQuestion;

/**
 * Checks what a customer submitted on the survey form against the survey's questions: required questions
 * answered, numbers on their scale, options that exist, texts within length and free of control characters.
 * The result keeps the answers in question order, or names each question that needs another look.
 */
public final class FormAnswers {

    /** The outcome: answers when {@code problems} is empty, else question code → problem code. */
    public record Result(List<Answer> answers, Map<String, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final int maxTextChars;

    public FormAnswers(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /** {@code submitted} maps a question code to a String (scale, single choice, text) or a String[] (multiple choice). */
    public Result check(List<SurveyQuestion> questions, Map<String, Object> submitted) {
        List<Answer> answers = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (SurveyQuestion question : questions) {
            Object raw = submitted.get(question.getCode());
            String code = question.getCode();
            if (question.getKind().isScale()) {
                String value = single(raw);
                if (value == null) {
                    missing(question, problems);
                    continue;
                }
                try {
                    int number = Integer.parseInt(value);
                    if (number < question.getKind().min() || number > question.getKind().max()) {
                        problems.put(code, "out-of-range");
                    } else {
                        answers.add(new Answer(code, number, null, null));
                    }
                } catch (NumberFormatException e) {
                    problems.put(code, "out-of-range");
                }
            } else if (question.getKind().isChoice()) {
                List<String> chosen = many(raw);
                Set<String> known = question.getOptions().stream().map(QuestionOption::getCode).collect(Collectors.toSet());
                if (chosen.isEmpty()) {
                    missing(question, problems);
                } else if (!known.containsAll(chosen)
                        || question.getKind() == SurveyQuestion.Kind.SINGLE_CHOICE && chosen.size() > 1) {
                    problems.put(code, "unknown-option");
                } else {
                    answers.add(new Answer(code, null, null, String.join(",", chosen)));
                }
            } else {
                String text = single(raw);
                if (text == null) {
                    missing(question, problems);
                } else if (text.codePointCount(0, text.length()) > maxTextChars) {
                    problems.put(code, "too-long");
                } else if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                    problems.put(code, "control-characters");
                } else {
                    answers.add(new Answer(code, null, text, null));
                }
            }
        }
        return new Result(List.copyOf(answers), problems);
    }

    /** The open answers as one comment, for analysis: each on its own line, in question order. */
    public static String comment(List<Answer> answers) {
        String joined = answers.stream().map(Answer::getText).filter(t -> t != null && !t.isBlank())
                .map(String::strip).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static void missing(SurveyQuestion question, Map<String, String> problems) {
        if (question.isRequired()) {
            problems.put(question.getCode(), "required");
        }
    }

    private static String single(Object raw) {
        String value = raw instanceof String[] array ? (array.length == 0 ? null : array[0]) : raw == null ? null : raw.toString();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> many(Object raw) {
        if (raw instanceof String[] array) {
            return Arrays.stream(array).filter(v -> v != null && !v.isBlank()).distinct().toList();
        }
        if (raw instanceof List<?> list) {
            return list.stream().filter(v -> v != null && !v.toString().isBlank()).map(Object::toString).distinct().toList();
        }
        String value = single(raw);
        return value == null ? List.of() : List.of(value);
    }
}
