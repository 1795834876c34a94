package org.cxloop.journey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.platform.control.Violations;

/** The touchpoints of the customer journey, in journey order. */
@Stateless
@PermitAll
public class Touchpoints {

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    /** A new touchpoint; without a position it comes last in the journey. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public Touchpoint create(TouchpointData data, String actor) {
        Violations.check(validator, data);
        if (byCode(data.code).isPresent()) {
            throw new ProblemException(409, "touchpoint-code-taken", data.code);
        }
        int position = data.position != null ? data.position
                : all().stream().mapToInt(Touchpoint::getPosition).max().orElse(0) + 10;
        Touchpoint touchpoint = new Touchpoint(data.code, data.name.pl.strip(), data.name.en.strip(),
                data.journeyStage(), position);
        if (Boolean.FALSE.equals(data.active)) {
            touchpoint.describe(touchpoint.getNamePl(), touchpoint.getNameEn(), touchpoint.getStage(), false);
        }
        em.persist(touchpoint);
        audit.record(actor, "touchpoint-created", "touchpoint:" + data.code, null);
        return touchpoint;
    }

    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public Touchpoint update(String code, TouchpointData data, String actor) {
        Touchpoint touchpoint = byCode(code).orElseThrow(() -> new ProblemException(404, "touchpoint-not-found", code));
        if (data != null && data.code == null) {
            data.code = code;
        }
        Violations.check(validator, data);
        if (!code.equals(data.code)) {
            throw ProblemException.invalid("code", "code-immutable", "the code of a touchpoint never changes");
        }
        touchpoint.describe(data.name.pl.strip(), data.name.en.strip(), data.journeyStage(),
                data.active == null ? touchpoint.isActive() : data.active);
        if (data.position != null) {
            touchpoint.moveTo(data.position);
        }
        audit.record(actor, "touchpoint-updated", "touchpoint:" + code, null);
        return touchpoint;
    }

    /** Swaps a touchpoint with its neighbour in journey order (-1 earlier, +1 later) and renumbers by tens. */
    @RolesAllowed({"cx-admin", "cx-analyst"})
    public void move(String code, int direction, String actor) {
        List<Touchpoint> ordered = new ArrayList<>(all());
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getCode().equals(code)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new ProblemException(404, "touchpoint-not-found", code);
        }
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(at));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo((i + 1) * 10);
        }
        audit.record(actor, "touchpoint-moved", "touchpoint:" + code, "position=" + (to + 1));
    }

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
