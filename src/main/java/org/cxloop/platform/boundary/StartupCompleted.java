package org.cxloop.platform.boundary;

/**
 * Fired once the schema is current, in start-up order: components observe it to load their seed data
 * (idempotently: it fires at every start) and, when {@code demoData} is set, their demo data.
 */
public record StartupCompleted(boolean demoData) {
}
