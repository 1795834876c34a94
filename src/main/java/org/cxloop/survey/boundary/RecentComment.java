package org.cxloop.survey.boundary;

import java.time.Instant;

/**
 * A response's comment as other components see it (taxonomy rule tests, analysis): no personal data, and whether
 * its score was a negative one (NPS 0–6, CSAT 1–2, CES 1–3).
 */
public record RecentComment(long responseId, String language, String text, boolean negativeScore, Instant submittedAt) {
}
