package org.cxloop.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CustomerTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void quietHoursMaySpanMidnight() {
        Customer customer = new Customer("C-1", "pl", NOW);
        customer.describe(null, null, null, "pl", Customer.Channel.EMAIL, "21:00", "08:00", NOW);
        assertTrue(customer.quietAt(LocalTime.of(23, 30)));
        assertTrue(customer.quietAt(LocalTime.of(7, 59)));
        assertFalse(customer.quietAt(LocalTime.of(8, 0)));
        assertFalse(customer.quietAt(LocalTime.of(20, 59)));
        customer.describe(null, null, null, "pl", Customer.Channel.EMAIL, "12:00", "13:00", NOW);
        assertTrue(customer.quietAt(LocalTime.of(12, 30)));
        assertFalse(customer.quietAt(LocalTime.of(13, 0)));
    }

    @Test
    void consentKeepsTheTimeOfTheDecisionAndContactRespectsIt() {
        Customer customer = new Customer("C-1", "pl", NOW);
        assertTrue(customer.contactableByEmail(), "unknown consent does not block a survey invitation");
        customer.consent(true, "2026-01", null, NOW);
        assertEquals(NOW, customer.getConsentAt());
        customer.consent(true, "2026-01", null, NOW.plusSeconds(60));
        assertEquals(NOW, customer.getConsentAt(), "the same decision again keeps its time");
        customer.consent(false, "2026-01", null, NOW.plusSeconds(120));
        assertEquals(NOW.plusSeconds(120), customer.getConsentAt());
        assertFalse(customer.contactableByEmail());
        customer.consent(true, "2026-02", null, NOW.plusSeconds(180));
        customer.describe("a@b.pl", null, null, "pl", Customer.Channel.NONE, null, null, NOW);
        assertFalse(customer.contactableByEmail(), "channel none means no contact");
    }
}
