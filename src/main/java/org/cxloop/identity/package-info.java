/**
 * Identity: who may use CX Loop and how they prove it, without an external identity server.
 * <ul>
 * <li>back-office users with roles {@code cx-admin}, {@code cx-analyst}, {@code cx-agent}; passwords hashed with
 *     PBKDF2-HMAC-SHA512 at 210,000 iterations;</li>
 * <li>API tokens (service accounts, usually {@code cx-integration}): shown once, stored as SHA-256, revocable;</li>
 * <li>the one Jakarta Security authentication mechanism: form login for screens, bearer tokens for {@code /api};</li>
 * <li>login throttling per account (10 failures in 15 minutes lock it), kept in the database so that every
 *     server node agrees.</li>
 * </ul>
 * Rules: usernames are lower-case and unique; an administrator cannot remove the last active administrator;
 * secrets (passwords, tokens) are never stored or logged in clear.
 */
package org.cxloop.identity;
