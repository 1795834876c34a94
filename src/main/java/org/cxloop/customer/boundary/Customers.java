package org.cxloop.customer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.cxloop.customer.entity.Customer;

/** Customers as the host platform identifies them. */
@Stateless
@PermitAll
public class Customers {

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Resource
    SessionContext context;

    public Optional<Customer> byExternalId(String externalId) {
        return em.createNamedQuery(Customer.BY_EXTERNAL_ID, Customer.class).setParameter("externalId", externalId)
                .getResultStream().findFirst();
    }

    public Optional<Customer> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Customer.class, id));
    }

    /**
     * The customer's id, created on first sight and updated with what the host sends. Two requests that meet a new
     * customer at once both end with the same row: the first insert commits on its own, the other finds it.
     */
    public Long upsert(String externalId, String email, String segment, String language) {
        Customer customer = byExternalId(externalId).orElse(null);
        if (customer == null) {
            try {
                context.getBusinessObject(Customers.class).createAlone(externalId, language);
            } catch (EJBException lostTheRace) {
                // another request created it meanwhile
            }
            customer = byExternalId(externalId).orElseThrow();
        }
        customer.update(email, segment, language);
        return customer.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createAlone(String externalId, String language) {
        em.persist(new Customer(externalId, language == null ? "pl" : language, Instant.now()));
    }
}
