package org.cxloop.analysis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.cxloop.analysis.control.LanguageDetector;
import org.cxloop.analysis.control.SentimentEngine;
import org.cxloop.taxonomy.boundary.Categories;
import org.cxloop.taxonomy.control.KeywordMatcher;

/**
 * CX Loop's engine, in the server and without network: language detection, sentiment from the model trained on the
 * shipped data (trained once, on first use, in a few seconds), and categories from the published taxonomy's keyword
 * rules (rebuilt when a new version is published).
 */
@ApplicationScoped
public class LocalTextAnalyzer implements TextAnalyzer {

    private static final Logger LOG = Logger.getLogger(LocalTextAnalyzer.class.getName());
    static final String MODEL_VERSION = "lr-hash-1";

    @Inject
    Categories categories;

    private volatile SentimentEngine engine;
    private volatile int rulesVersion = -1;
    private volatile KeywordMatcher matcher = new KeywordMatcher(List.of());
    private volatile long rulesCheckedAt;
    private volatile Integer publishedVersion;

    @Override
    public Result analyse(String text, String language) {
        String detected = language != null ? language : LanguageDetector.detect(text);
        SentimentEngine.Result sentiment = engine().analyse(text, detected);
        Integer taxonomy = refreshRules();
        List<String> found = "und".equals(sentiment.language()) ? List.of()
                : new ArrayList<>(matcher.categories(text, sentiment.language()));
        return new Result(sentiment.language(), sentiment.sentiment(), sentiment.confidence(), found,
                taxonomy, MODEL_VERSION);
    }

    private SentimentEngine engine() {
        SentimentEngine current = engine;
        if (current == null) {
            synchronized (this) {
                if (engine == null) {
                    long started = System.nanoTime();
                    engine = SentimentEngine.trainDefault();
                    LOG.info(() -> "Sentiment model trained in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                }
                current = engine;
            }
        }
        return current;
    }

    /** Looks for a newly published taxonomy at most every ten seconds. */
    private Integer refreshRules() {
        long now = System.nanoTime();
        if (rulesVersion >= 0 && now - rulesCheckedAt < 10_000_000_000L) {
            return publishedVersion;
        }
        rulesCheckedAt = now;
        Categories.PublishedRules published = categories.publishedRules().orElse(null);
        publishedVersion = published == null ? null : published.version();
        if (published == null) {
            return null;
        }
        if (published.version() != rulesVersion) {
            synchronized (this) {
                if (published.version() != rulesVersion) {
                    matcher = new KeywordMatcher(published.rules());
                    rulesVersion = published.version();
                }
            }
        }
        return published.version();
    }
}
