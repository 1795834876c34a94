package org.cxloop.analysis.boundary;

import java.util.List;

/**
 * The analysis engine as the rest of CX Loop sees it. CX Loop's own engine runs in the server; an enterprise can
 * plug in another (for example a remote model server) by providing an {@code @Alternative} CDI bean with a higher
 * priority — nothing else changes.
 */
public interface TextAnalyzer {

    /** The engine's reading of a comment. */
    record Result(String language, String sentiment, double confidence, List<String> categories, Integer taxonomyVersion,
                  String modelVersion) {
    }

    /** {@code language} may be null: the engine detects it. */
    Result analyse(String text, String language);
}
