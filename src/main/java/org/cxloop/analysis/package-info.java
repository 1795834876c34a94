/**
 * Analysis: what a comment says and how it feels — language, sentiment (positive, negative, neutral) with a
 * confidence, and categories. Rules: the engine runs on premises without network; every figure it claims is
 * measured by the benchmark on the held-out rows (every fifth data row) of the shipped training data.
 */
package org.cxloop.analysis;
