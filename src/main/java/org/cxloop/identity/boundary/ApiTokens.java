package org.cxloop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cxloop.identity.control.TokenCodec;
import org.cxloop.identity.entity.ApiToken;
import org.cxloop.identity.entity.Role;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.control.ProblemException;

/** API tokens for integrations: created (secret shown once), listed, revoked. */
@Stateless
@RolesAllowed("cx-admin")
public class ApiTokens {

    /** A new token and its secret, which exists only in this object and is never stored. */
    public record Issued(ApiToken token, String secret) {
    }

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<ApiToken> all() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    public Issued issue(TokenRequest request, String actor) {
        request.validate();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : request.getRoles()) {
            roles.add(Role.ofCode(code).orElseThrow());
        }
        Instant now = Instant.now();
        Instant expires = request.getExpiresInDays() == null ? null
                : now.plus(Duration.ofDays(request.getExpiresInDays()));
        String secret = TokenCodec.generate();
        ApiToken token = new ApiToken(request.getName(), TokenCodec.hash(secret), TokenCodec.displayPrefix(secret),
                roles, expires, actor, now);
        em.persist(token);
        audit.record(actor, "token-created", "token:" + token.getName(), "roles=" + token.getRoles());
        return new Issued(token, secret);
    }

    public ApiToken revoke(long id, String actor) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new ProblemException(404, "token-not-found", id);
        }
        token.revoke(actor, Instant.now());
        audit.record(actor, "token-revoked", "token:" + token.getName(), null);
        return token;
    }
}
