package org.cxloop.analysis.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment per language: a Polish three-class model (positive, negative, neutral) and an English two-class model,
 * both trained on the training rows of the shipped data. English says "neutral" when neither side is at least
 * {@link #ENGLISH_NEUTRAL_BELOW} sure. Polish "ambiguous" training rows are left out; such text comes out as
 * whichever class it leans to, with a low confidence.
 */
public final class SentimentEngine {

    /** The engine's reading of one comment. */
    public record Result(String language, String sentiment, double confidence) {
    }

    public static final List<String> POLISH_LABELS = List.of("positive", "negative", "neutral");
    public static final List<String> ENGLISH_LABELS = List.of("positive", "negative");
    public static final double ENGLISH_NEUTRAL_BELOW = 0.6;

    private final SentimentModel polish;
    private final SentimentModel english;

    private SentimentEngine(SentimentModel polish, SentimentModel english) {
        this.polish = polish;
        this.english = english;
    }

    /** Trains on the training rows only (the held-out rows stay unseen). */
    public static SentimentEngine trainDefault() {
        return new SentimentEngine(train(TrainingData.polish(), POLISH_LABELS), train(TrainingData.english(), ENGLISH_LABELS));
    }

    static SentimentModel train(List<TrainingData.Row> rows, List<String> labels) {
        List<SentimentModel.Example> examples = new ArrayList<>();
        for (TrainingData.Row row : rows) {
            int label = labels.indexOf(row.label());
            if (!row.heldOut() && label >= 0) {
                examples.add(new SentimentModel.Example(Features.of(row.text(), row.language()), label));
            }
        }
        return SentimentModel.train(labels, examples, 12, 0.05, 1e-6, 42);
    }

    public Result analyse(String text, String languageHint) {
        String language = languageHint != null ? languageHint : LanguageDetector.detect(text);
        if ("pl".equals(language)) {
            SentimentModel.Prediction p = polish.predict(Features.of(text, "pl"));
            return new Result("pl", p.label(), p.confidence());
        }
        if ("en".equals(language)) {
            SentimentModel.Prediction p = english.predict(Features.of(text, "en"));
            return p.confidence() < ENGLISH_NEUTRAL_BELOW ? new Result("en", "neutral", 1 - p.confidence())
                    : new Result("en", p.label(), p.confidence());
        }
        return new Result(language, "neutral", 0);
    }

    /** The raw model answer for evaluation (English without the neutral band). */
    public SentimentModel.Prediction predict(String text, String language) {
        return ("pl".equals(language) ? polish : english).predict(Features.of(text, language));
    }
}
