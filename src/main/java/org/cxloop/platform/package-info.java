/**
 * Platform: what every CX Loop component stands on and nothing else.
 * <ul>
 * <li>start-up: schema migrations (Flyway, table {@code CX_SCHEMA_HISTORY}) and the seed/demo data events
 *     that the components observe;</li>
 * <li>the JAX-RS application at {@code /api/v1}, its problem+json error contract (RFC 9457, stable {@code code}),
 *     role checks, body-size limit, health, info and the OpenAPI document;</li>
 * <li>web hardening shared by all screens: security headers, CSRF tokens on every state-changing request,
 *     language choice (Polish/English) and the audit log.</li>
 * </ul>
 * Rules: no business logic here; components never reach into each other through this package.
 */
package org.cxloop.platform;
