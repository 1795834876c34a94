package org.cxloop.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer of the host business, known by the id the host's CRM or ERP gives it. */
@Entity
@Table(name = "CX_CUSTOMER")
@NamedQuery(name = Customer.BY_EXTERNAL_ID, query = "SELECT c FROM Customer c WHERE c.externalId = :externalId")
public class Customer {

    public static final String BY_EXTERNAL_ID = "Customer.byExternalId";

    @Id
    @SequenceGenerator(name = "cx_customer_seq", sequenceName = "CX_CUSTOMER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_customer_seq")
    private Long id;

    @Column(name = "EXTERNAL_ID", nullable = false, unique = true, length = 100)
    private String externalId;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "SEGMENT", length = 64)
    private String segment;

    @Column(name = "LANGUAGE", nullable = false, length = 5)
    private String language;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Customer() {
    }

    public Customer(String externalId, String language, Instant now) {
        this.externalId = externalId;
        this.language = language;
        this.createdAt = now;
    }

    /** Takes the newer facts the host sent; missing ones keep what is known. */
    public void update(String email, String segment, String language) {
        if (email != null) {
            this.email = email;
        }
        if (segment != null) {
            this.segment = segment;
        }
        if (language != null) {
            this.language = language;
        }
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEmail() {
        return email;
    }

    public String getSegment() {
        return segment;
    }

    public String getLanguage() {
        return language;
    }
}
