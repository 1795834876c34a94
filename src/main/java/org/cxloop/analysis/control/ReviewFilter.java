package org.cxloop.analysis.control;

import java.io.Serializable;

/** What the review queue narrows by; every part is optional. */
public class ReviewFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** to-review (default), auto, reviewed, failed, pending or all. */
    private String status = "to-review";
    private String language;
    private String sentiment;
    /** low (< 0.6), medium (0.6–0.8) or high (≥ 0.8). */
    private String confidence;
    private String category;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = blank(status) ? "all" : status;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = blank(language) ? null : language;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = blank(sentiment) ? null : sentiment;
    }

    public String getConfidence() {
        return confidence;
    }

    public void setConfidence(String confidence) {
        this.confidence = blank(confidence) ? null : confidence;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = blank(category) ? null : category;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
