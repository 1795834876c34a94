/**
 * Journey: the touchpoints of the customer journey (stable code, Polish and English names, stage, order).
 * Surveys and metrics refer to touchpoints by id or code; codes are stable API and never reused.
 */
package org.cxloop.journey;
