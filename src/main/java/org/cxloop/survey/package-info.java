/**
 * Survey: listening to customers — surveys (NPS, CSAT, CES, custom) at touchpoints, their lifecycle
 * draft → active → closed, and the responses that arrive from the survey form or over the API.
 * Rules: a response belongs to an active survey; scores stay within their scales (NPS 0–10, CSAT 1–5, CES 1–7);
 * a retry with the same Idempotency-Key never creates a second response; a response is acknowledged only after it
 * is committed.
 */
package org.cxloop.survey;
