package org.cxloop.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.cxloop.platform.entity.AuditEntry;

/** Records administrative and security events in the caller's transaction. */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    public void record(String actor, String action, String target, String detail) {
        em.persist(new AuditEntry(Instant.now(), actor, action, target, detail));
    }

    public List<AuditEntry> recent(int first, int max) {
        return em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), 500))
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
    }
}
