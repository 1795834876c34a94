package org.cxloop.taxonomy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A category of one taxonomy version. Its parent is named by code within the same version; it never becomes its own
 * ancestor. Each category carries its own optimistic-lock version, so two people editing it cannot overwrite
 * each other silently.
 */
@Entity
@Table(name = "CX_CATEGORY")
@NamedQuery(name = Category.OF_VERSION,
        query = "SELECT c FROM Category c WHERE c.versionId = :version ORDER BY c.position, c.code")
@NamedQuery(name = Category.BY_CODE,
        query = "SELECT c FROM Category c WHERE c.versionId = :version AND c.code = :code")
public class Category {

    public static final String OF_VERSION = "Category.ofVersion";
    public static final String BY_CODE = "Category.byCode";

    @Id
    @SequenceGenerator(name = "cx_category_seq", sequenceName = "CX_CATEGORY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cx_category_seq")
    private Long id;

    @Column(name = "TAXONOMY_VERSION_ID", nullable = false)
    private Long versionId;

    @Column(name = "CODE", nullable = false, length = 64)
    private String code;

    @Column(name = "PARENT_CODE", length = 64)
    private String parentCode;

    @Column(name = "NAME_PL", nullable = false, length = 200)
    private String namePl;

    @Column(name = "NAME_EN", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "DESCRIPTION_PL", length = 1000)
    private String descriptionPl;

    @Column(name = "DESCRIPTION_EN", length = 1000)
    private String descriptionEn;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CX_CATEGORY_KEYWORD", joinColumns = @JoinColumn(name = "CATEGORY_ID"))
    @OrderBy("position")
    private List<KeywordRule> keywords = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Category() {
    }

    public Category(Long versionId, String code, String namePl, String nameEn, int position) {
        this.versionId = versionId;
        this.code = code;
        this.namePl = namePl;
        this.nameEn = nameEn;
        this.position = position;
    }

    /** A copy for the next version's draft: same code, texts, place and rules. */
    public Category copyInto(Long draftVersionId) {
        Category copy = new Category(draftVersionId, code, namePl, nameEn, position);
        copy.parentCode = parentCode;
        copy.descriptionPl = descriptionPl;
        copy.descriptionEn = descriptionEn;
        copy.active = active;
        copy.keywords.addAll(keywords.stream().map(k -> new KeywordRule(k.getPosition(), k.getLanguage(),
                k.getPhrase())).toList());
        return copy;
    }

    public void describe(String namePl, String nameEn, String descriptionPl, String descriptionEn) {
        this.namePl = namePl;
        this.nameEn = nameEn;
        this.descriptionPl = descriptionPl;
        this.descriptionEn = descriptionEn;
    }

    public void replaceKeywords(List<KeywordRule> rules) {
        keywords.clear();
        for (int i = 0; i < rules.size(); i++) {
            keywords.add(new KeywordRule(i + 1, rules.get(i).getLanguage(), rules.get(i).getPhrase()));
        }
    }

    /**
     * Moves the category under another (null: to the top). {@code byCode} finds the version's categories; walking
     * up from the new parent must never meet this category.
     */
    public void moveUnder(String newParentCode, int newPosition, Function<String, Category> byCode) {
        if (newParentCode != null) {
            Set<String> seen = new HashSet<>();
            String at = newParentCode;
            while (at != null) {
                if (at.equals(code)) {
                    throw new IllegalStateException("category-cycle");
                }
                if (!seen.add(at)) {
                    throw new IllegalStateException("category-cycle");
                }
                Category ancestor = byCode.apply(at);
                if (ancestor == null) {
                    throw new IllegalArgumentException("unknown-parent");
                }
                at = ancestor.parentCode;
            }
        }
        this.parentCode = newParentCode;
        this.position = newPosition;
    }

    public void retire() {
        active = false;
    }

    public void restore() {
        active = true;
    }

    public String name(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? namePl : nameEn;
    }

    public Long getId() {
        return id;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getNamePl() {
        return namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionPl() {
        return descriptionPl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public List<KeywordRule> getKeywords() {
        return Collections.unmodifiableList(keywords);
    }

    public long getVersion() {
        return version;
    }
}
