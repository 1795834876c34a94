package org.cxloop.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.cxloop.survey.entity.Survey;

/** The surveys and their lifecycle. */
@Stateless
@PermitAll
public class Surveys {

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    public List<Survey> all() {
        return em.createNamedQuery(Survey.ALL, Survey.class).getResultList();
    }

    public Optional<Survey> byCode(String code) {
        return em.createNamedQuery(Survey.BY_CODE, Survey.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<Survey> byPublicToken(String token) {
        return em.createNamedQuery(Survey.BY_PUBLIC_TOKEN, Survey.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** Gives every survey an anonymous link (surveys made before links existed have none). */
    public void ensurePublicTokens() {
        all().forEach(Survey::ensurePublicToken);
    }

    public Optional<Survey> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Survey.class, id));
    }

    /** Adds a survey unless one with the code exists (seed data). */
    public Survey ensure(Survey survey) {
        return byCode(survey.getCode()).orElseGet(() -> {
            em.persist(survey);
            return survey;
        });
    }
}
