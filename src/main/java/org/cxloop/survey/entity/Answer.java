package org.cxloop.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The answer to one question: a number on a scale, a text, or the codes of the chosen options. */
@Embeddable
public class Answer {

    @Column(name = "QUESTION_CODE", nullable = false, length = 64)
    private String questionCode;

    @Column(name = "NUMBER_VALUE")
    private Integer number;

    @Column(name = "TEXT_VALUE", length = 10000)
    private String text;

    /** Chosen option codes, separated by commas (codes never contain one). */
    @Column(name = "CHOICES", length = 1000)
    private String choices;

    protected Answer() {
    }

    public Answer(String questionCode, Integer number, String text, String choices) {
        this.questionCode = questionCode;
        this.number = number;
        this.text = text;
        this.choices = choices;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public Integer getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getChoices() {
        return choices;
    }
}
