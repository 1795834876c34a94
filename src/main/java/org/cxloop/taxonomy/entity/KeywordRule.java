package org.cxloop.taxonomy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A word or phrase in one language that points a comment to a category (matched on lemmas). */
@Embeddable
public class KeywordRule {

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "LANGUAGE", nullable = false, length = 5)
    private String language;

    @Column(name = "PHRASE", nullable = false, length = 200)
    private String phrase;

    protected KeywordRule() {
    }

    public KeywordRule(int position, String language, String phrase) {
        this.position = position;
        this.language = language;
        this.phrase = phrase;
    }

    public int getPosition() {
        return position;
    }

    public String getLanguage() {
        return language;
    }

    public String getPhrase() {
        return phrase;
    }
}
