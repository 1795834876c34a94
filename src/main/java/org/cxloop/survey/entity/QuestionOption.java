package org.cxloop.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One choice of a single- or multiple-choice question. */
@Embeddable
public class QuestionOption {

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "CODE", nullable = false, length = 64)
    private String code;

    @Column(name = "LABEL_PL", nullable = false, length = 200)
    private String labelPl;

    @Column(name = "LABEL_EN", nullable = false, length = 200)
    private String labelEn;

    protected QuestionOption() {
    }

    public QuestionOption(int position, String code, String labelPl, String labelEn) {
        this.position = position;
        this.code = code;
        this.labelPl = labelPl;
        this.labelEn = labelEn;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getLabelPl() {
        return labelPl;
    }

    public String getLabelEn() {
        return labelEn;
    }
}
