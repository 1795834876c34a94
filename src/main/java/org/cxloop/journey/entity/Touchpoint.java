package org.cxloop.journey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A moment of the customer journey where CX Loop listens (order placed, delivery, support call, ...). */
@Entity
@Table(name = "CX_TOUCHPOINT")
@NamedQuery(name = Touchpoint.BY_CODE, query = "SELECT t FROM Touchpoint t WHERE t.code = :code")
@NamedQuery(name = Touchpoint.ALL, query = "SELECT t FROM Touchpoint t ORDER BY t.position, t.code")
public class Touchpoint {

    public static final String BY_CODE = "Touchpoint.byCode";
    public static final String ALL = "Touchpoint.all";

    /** Where in the journey a touchpoint lies. */
    public enum Stage { DISCOVERY, PURCHASE, DELIVERY, USAGE, SUPPORT, RENEWAL }

    @Id
    @SequenceGenerator(name = "cx_touchpoint_seq", sequenceName = "CX_TOUCHPOINT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_touchpoint_seq")
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "NAME_PL", nullable = false, length = 200)
    private String namePl;

    @Column(name = "NAME_EN", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 16)
    private Stage stage;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Touchpoint() {
    }

    public Touchpoint(String code, String namePl, String nameEn, Stage stage, int position) {
        this.code = code;
        this.namePl = namePl;
        this.nameEn = nameEn;
        this.stage = stage;
        this.position = position;
    }

    /** Names, stage and whether surveys may still be attached; the code never changes. */
    public void describe(String namePl, String nameEn, Stage stage, boolean active) {
        this.namePl = namePl;
        this.nameEn = nameEn;
        this.stage = stage;
        this.active = active;
    }

    /** Its place in the journey order. */
    public void moveTo(int position) {
        this.position = position;
    }

    public String name(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? namePl : nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNamePl() {
        return namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Stage getStage() {
        return stage;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
