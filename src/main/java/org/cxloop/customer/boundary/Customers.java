package org.cxloop.customer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.control.Csv;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.platform.control.Violations;
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

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    /** The columns a customer CSV may have; externalId is required, the others optional. */
    public static final List<String> CSV_COLUMNS = List.of("externalid", "email", "phone", "segment", "language",
            "channel", "quietfrom", "quietto", "consent", "consentpolicy");
    public static final int MAX_IMPORT_ROWS = 5000;

    /** Customers whose external id, e-mail or phone contains the text, optionally of one segment; by external id. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public List<Customer> search(String text, String segment, int first, int max) {
        TypedQuery<Customer> query = em.createQuery("SELECT c FROM Customer c" + where(text, segment)
                + " ORDER BY c.externalId", Customer.class);
        bind(query, text, segment);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public long count(String text, String segment) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM Customer c" + where(text, segment), Long.class);
        bind(query, text, segment);
        return query.getSingleResult();
    }

    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public List<String> segments() {
        return em.createNamedQuery(Customer.SEGMENTS, String.class).getResultList();
    }

    private static String where(String text, String segment) {
        List<String> conditions = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(LOWER(c.externalId) LIKE :text ESCAPE '!' OR LOWER(c.email) LIKE :text ESCAPE '!'"
                    + " OR c.phone LIKE :text ESCAPE '!')");
        }
        if (segment != null && !segment.isBlank()) {
            conditions.add("c.segment = :segment");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, String text, String segment) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            query.setParameter("text", "%" + escaped + "%");
        }
        if (segment != null && !segment.isBlank()) {
            query.setParameter("segment", segment);
        }
    }

    /** Creates a customer; one that exists already is a conflict (PUT /customers/{id} replaces). */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public void create(CustomerData data, String actor) {
        if (data != null && data.externalId != null && byExternalId(data.externalId.strip()).isPresent()) {
            throw new ProblemException(409, "customer-exists", data.externalId.strip());
        }
        save(data, actor);
    }

    /** Creates the customer or replaces what is known of it; true when it was created. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public boolean save(CustomerData data, String actor) {
        if (data != null) {
            data.normalised();
        }
        Violations.check(validator, data);
        List<FieldError> errors = new ArrayList<>();
        Instant decided = consentTime(data, "consent.at", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = Instant.now();
        Customer customer = byExternalId(data.externalId).orElse(null);
        boolean created = customer == null;
        if (created) {
            customer = new Customer(data.externalId, data.language, now);
            em.persist(customer);
        }
        customer.describe(data.email, data.phone, data.segment, data.language, data.channel(),
                data.contact.quietFrom, data.contact.quietTo, now);
        customer.consent(data.consent.given, data.consent.policyVersion, decided, now);
        audit.record(actor, created ? "customer-created" : "customer-updated", "customer:" + data.externalId, null);
        return created;
    }

    private static Instant consentTime(CustomerData data, String field, List<FieldError> errors) {
        if (data.consent.at == null) {
            return null;
        }
        try {
            Instant at = java.time.OffsetDateTime.parse(data.consent.at).toInstant();
            if (at.isAfter(Instant.now().plusSeconds(300))) {
                errors.add(new FieldError(field, "in-the-future", null));
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "invalid", null));
            return null;
        }
    }

    /**
     * Imports customers from CSV (header row with the {@link #CSV_COLUMNS}, comma or semicolon). A column missing
     * from the file keeps what is known of existing customers. All or nothing: with any wrong row nothing is stored.
     */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public ImportReport importCsv(String csv, String actor) {
        List<Csv.Row> rows;
        try {
            List<String> header = Csv.header(csv);
            List<String> unknown = header.stream().filter(h -> !CSV_COLUMNS.contains(h)).toList();
            if (!header.contains("externalid")) {
                throw new ProblemException(400, "csv-external-id-column");
            }
            if (!unknown.isEmpty()) {
                throw new ProblemException(400, "csv-unknown-columns", String.join(", ", unknown));
            }
            rows = Csv.read(csv, MAX_IMPORT_ROWS);
        } catch (Csv.Unreadable e) {
            throw new ProblemException(400, e.getMessage(), MAX_IMPORT_ROWS);
        }
        if (rows.isEmpty()) {
            throw new ProblemException(400, "csv-empty");
        }
        List<ImportReport.RowResult> results = new ArrayList<>();
        List<CustomerData> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean anyError = false;
        for (Csv.Row row : rows) {
            List<FieldError> errors = new ArrayList<>();
            String externalId = row.value("externalid");
            CustomerData data = externalId == null ? new CustomerData()
                    : byExternalId(externalId.strip()).map(CustomerData::of).orElseGet(CustomerData::new);
            data.externalId = externalId;
            overlay(row, data, errors);
            data.normalised();
            errors.addAll(Violations.fieldErrors(validator.validate(data)));
            consentTime(data, "consent.at", errors);
            if (row.values().containsKey("")) {
                errors.add(new FieldError("", "csv-extra-values", null));
            }
            if (externalId != null && !seen.add(data.externalId)) {
                errors.add(new FieldError("externalId", "duplicate-in-file", null));
            }
            anyError |= !errors.isEmpty();
            boolean exists = externalId != null && byExternalId(data.externalId).isPresent();
            results.add(new ImportReport.RowResult(row.line(), externalId,
                    errors.isEmpty() ? (exists ? "updated" : "created") : "error", errors));
            valid.add(data);
        }
        if (anyError) {
            return new ImportReport(false, results);
        }
        for (CustomerData data : valid) {
            save(data, actor);
        }
        audit.record(actor, "customers-imported", "customers", "rows=" + valid.size());
        return new ImportReport(true, results);
    }

    private static void overlay(Csv.Row row, CustomerData data, List<FieldError> errors) {
        var values = row.values();
        if (values.containsKey("email")) {
            data.email = row.value("email");
        }
        if (values.containsKey("phone")) {
            data.phone = row.value("phone");
        }
        if (values.containsKey("segment")) {
            data.segment = row.value("segment");
        }
        if (values.containsKey("language")) {
            data.language = row.value("language");
        }
        if (values.containsKey("channel")) {
            data.contact.channel = row.value("channel");
        }
        if (values.containsKey("quietfrom")) {
            data.contact.quietFrom = row.value("quietfrom");
        }
        if (values.containsKey("quietto")) {
            data.contact.quietTo = row.value("quietto");
        }
        if (values.containsKey("consentpolicy")) {
            data.consent.policyVersion = row.value("consentpolicy");
        }
        String consent = row.value("consent");
        if (consent != null) {
            switch (consent.toLowerCase(Locale.ROOT)) {
                case "yes", "tak", "true", "1" -> data.consent.given = Boolean.TRUE;
                case "no", "nie", "false", "0" -> data.consent.given = Boolean.FALSE;
                default -> errors.add(new FieldError("consent", "invalid", "yes/no, tak/nie"));
            }
        }
    }

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
