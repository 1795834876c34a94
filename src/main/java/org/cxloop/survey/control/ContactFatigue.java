package org.cxloop.survey.control;

import java.time.Duration;
import java.time.Instant;

/** No customer is invited more than once per {@code days} days, across all surveys. */
public record ContactFatigue(int days) {

    public ContactFatigue {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
    }

    /** Whether a customer last invited at {@code lastInvited} (null: never) may be invited at {@code now}. */
    public boolean allows(Instant lastInvited, Instant now) {
        return lastInvited == null || !lastInvited.plus(Duration.ofDays(days)).isAfter(now);
    }
}
