package org.cxloop.journey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cxloop.journey.entity.Touchpoint;

/** The touchpoints of the customer journey, in journey order. */
@Stateless
@PermitAll
public class Touchpoints {

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    public List<Touchpoint> all() {
        return em.createNamedQuery(Touchpoint.ALL, Touchpoint.class).getResultList();
    }

    public Optional<Touchpoint> byCode(String code) {
        return em.createNamedQuery(Touchpoint.BY_CODE, Touchpoint.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Touchpoint> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Touchpoint.class, id));
    }

    /** Adds a touchpoint unless one with the code exists (seed data). */
    public Touchpoint ensure(Touchpoint touchpoint) {
        return byCode(touchpoint.getCode()).orElseGet(() -> {
            em.persist(touchpoint);
            return touchpoint;
        });
    }
}
