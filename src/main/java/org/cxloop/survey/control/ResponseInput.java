package org.cxloop.survey.control;

import java.time.Instant;

/** A response as it arrives over the API, checked for form (not yet against the database). */
public record ResponseInput(String survey, String touchpoint, CustomerInput customer, Integer nps, Integer csat,
                            Integer ces, String comment, String channel, String language, Instant submittedAt,
                            String canonicalJson) {

    /** The customer as the host platform knows it. */
    public record CustomerInput(String externalId, String email, String segment, String language) {
    }
}
