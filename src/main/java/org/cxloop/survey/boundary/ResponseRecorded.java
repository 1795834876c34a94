package org.cxloop.survey.boundary;

/**
 * Fired inside the transaction that stores a response with a comment, so that observers (analysis) can queue work
 * that commits or rolls back with the response itself.
 */
public record ResponseRecorded(long responseId) {
}
