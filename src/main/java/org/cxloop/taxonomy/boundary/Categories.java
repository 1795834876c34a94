package org.cxloop.taxonomy.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cxloop.platform.boundary.AuditLog;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.platform.control.Violations;
import org.cxloop.taxonomy.control.DefaultTaxonomy;
import org.cxloop.taxonomy.entity.Category;
import org.cxloop.taxonomy.entity.CategoryLineage;
import org.cxloop.taxonomy.entity.KeywordRule;
import org.cxloop.taxonomy.entity.TaxonomyVersion;

/**
 * The taxonomy: its versions, the draft that is edited and the published version analysis uses. Editing the first
 * time after a publication opens a new draft as a copy of the published version.
 */
@Stateless
@PermitAll
public class Categories {

    static final String[] EDITORS = {"cx-admin", "cx-analyst", "cx-integration"};

    @PersistenceContext(unitName = "cxloop")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    @Inject
    org.cxloop.survey.boundary.Responses responses;

    /** How many of the newest comments the editor's counts and rule tests look at. */
    public static final int SAMPLE = 2000;

    /** What a category's rules find among the newest comments: how many, and how many with a negative score. */
    public record Count(long comments, long negative) {

        public int negativePercent() {
            return comments == 0 ? 0 : (int) Math.round(100.0 * negative / comments);
        }
    }

    /** The published version's number and its active categories' keyword rules, for the analysis engine. */
    public record PublishedRules(int version, List<org.cxloop.taxonomy.control.KeywordMatcher.Rule> rules) {
    }

    @PermitAll
    public Optional<PublishedRules> publishedRules() {
        return published().map(version -> new PublishedRules(version.getNumber(), rules(categories(version))));
    }

    /** The newest comments that a keyword rule (word or phrase, in one language) would match. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public List<org.cxloop.survey.boundary.RecentComment> testRule(String language, String phrase, int max) {
        if (phrase == null || phrase.isBlank() || !("pl".equals(language) || "en".equals(language))) {
            return List.of();
        }
        org.cxloop.taxonomy.control.KeywordMatcher matcher = new org.cxloop.taxonomy.control.KeywordMatcher(
                List.of(new org.cxloop.taxonomy.control.KeywordMatcher.Rule("test", language, phrase.strip())));
        return responses.recentComments(SAMPLE).stream()
                .filter(c -> !matcher.categories(c.text(), c.language()).isEmpty()).limit(max).toList();
    }

    /**
     * Trend continuity: comments counted in the categories of an older version (by that version's keyword rules),
     * re-expressed in a newer version's structure by following the lineage of every version in between.
     */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public org.cxloop.taxonomy.control.TrendMapping.Result report(TaxonomyVersion from, TaxonomyVersion to) {
        if (from.getNumber() > to.getNumber()) {
            throw ProblemException.invalid("from", "invalid", "an older version than the target");
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        directCounts(from).forEach((code, count) -> counts.put(code, count.comments()));
        List<List<org.cxloop.taxonomy.control.TrendMapping.Step>> steps = new ArrayList<>();
        for (TaxonomyVersion version : versions()) {
            if (version.getNumber() > from.getNumber() && version.getNumber() <= to.getNumber()) {
                steps.add(lineage(version).stream().map(l -> new org.cxloop.taxonomy.control.TrendMapping.Step(
                        l.getFromCode(), l.getToCode(), l.getKind().name())).toList());
            }
        }
        return org.cxloop.taxonomy.control.TrendMapping.map(counts, steps);
    }

    /** The keyword rules of the active categories. */
    private static List<org.cxloop.taxonomy.control.KeywordMatcher.Rule> rules(List<Category> categories) {
        List<org.cxloop.taxonomy.control.KeywordMatcher.Rule> rules = new ArrayList<>();
        categories.stream().filter(Category::isActive).forEach(c -> c.getKeywords().forEach(k -> rules.add(
                new org.cxloop.taxonomy.control.KeywordMatcher.Rule(c.getCode(), k.getLanguage(), k.getPhrase()))));
        return rules;
    }

    /** Per category: the newest comments its own keyword rules match (no roll-up to parents). */
    Map<String, Count> directCounts(TaxonomyVersion version) {
        return count(version, false);
    }

    /** Per category of a version: the newest comments its keyword rules (or its sub-categories') match. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public Map<String, Count> counts(TaxonomyVersion version) {
        return count(version, true);
    }

    private Map<String, Count> count(TaxonomyVersion version, boolean rollUp) {
        List<Category> all = categories(version);
        org.cxloop.taxonomy.control.KeywordMatcher matcher = new org.cxloop.taxonomy.control.KeywordMatcher(rules(all));
        Map<String, String> parents = new java.util.HashMap<>();
        all.forEach(c -> parents.put(c.getCode(), c.getParentCode()));
        Map<String, long[]> counts = new java.util.HashMap<>();
        for (org.cxloop.survey.boundary.RecentComment comment : responses.recentComments(SAMPLE)) {
            Set<String> hit = new HashSet<>();
            for (String code : matcher.categories(comment.text(), comment.language())) {
                hit.add(code);
                // with roll-up, a comment about a sub-category is also about its parents, counted once
                for (String parent = parents.get(code); rollUp && parent != null && hit.add(parent); ) {
                    parent = parents.get(parent);
                }
            }
            for (String code : hit) {
                long[] count = counts.computeIfAbsent(code, k -> new long[2]);
                count[0]++;
                if (comment.negativeScore()) {
                    count[1]++;
                }
            }
        }
        Map<String, Count> result = new java.util.HashMap<>();
        counts.forEach((code, c) -> result.put(code, new Count(c[0], c[1])));
        return result;
    }

    public Optional<TaxonomyVersion> published() {
        return latest(TaxonomyVersion.Status.PUBLISHED);
    }

    public Optional<TaxonomyVersion> draft() {
        return latest(TaxonomyVersion.Status.DRAFT);
    }

    public Optional<TaxonomyVersion> version(int number) {
        return em.createNamedQuery(TaxonomyVersion.BY_NUMBER, TaxonomyVersion.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    public List<TaxonomyVersion> versions() {
        return em.createNamedQuery(TaxonomyVersion.ALL, TaxonomyVersion.class).getResultList();
    }

    private Optional<TaxonomyVersion> latest(TaxonomyVersion.Status status) {
        return em.createNamedQuery(TaxonomyVersion.BY_STATUS, TaxonomyVersion.class).setParameter("status", status)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Category> categories(TaxonomyVersion version) {
        return em.createNamedQuery(Category.OF_VERSION, Category.class).setParameter("version", version.getId())
                .getResultList();
    }

    public List<CategoryLineage> lineage(TaxonomyVersion version) {
        return em.createNamedQuery(CategoryLineage.OF_VERSION, CategoryLineage.class)
                .setParameter("version", version.getId()).getResultList();
    }

    /** Seeds version 1 from the default taxonomy when there is no taxonomy at all. */
    public void seedDefault() {
        if (!versions().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        TaxonomyVersion first = new TaxonomyVersion(1, now);
        em.persist(first);
        em.flush();
        int position = 0;
        for (DefaultTaxonomy.Entry entry : DefaultTaxonomy.ENTRIES) {
            Category category = new Category(first.getId(), entry.code(), entry.namePl(), entry.nameEn(), position += 10);
            category.moveUnder(entry.parent(), position, code -> code.equals(entry.parent()) ? category : null);
            List<KeywordRule> rules = new ArrayList<>();
            entry.keywordsPl().forEach(k -> rules.add(new KeywordRule(0, "pl", k)));
            entry.keywordsEn().forEach(k -> rules.add(new KeywordRule(0, "en", k)));
            category.replaceKeywords(rules);
            em.persist(category);
        }
        first.publish("system", now);
    }

    /** The draft, opened as a copy of the published version when there is none. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public TaxonomyVersion openDraft() {
        Optional<TaxonomyVersion> draft = draft();
        if (draft.isPresent()) {
            return draft.get();
        }
        try {
            context.getBusinessObject(Categories.class).createDraftAlone();
        } catch (EJBException lostTheRace) {
            // another editor opened it meanwhile
        }
        return draft().orElseThrow();
    }

    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createDraftAlone() {
        int next = versions().stream().mapToInt(TaxonomyVersion::getNumber).max().orElse(0) + 1;
        TaxonomyVersion draft = new TaxonomyVersion(next, Instant.now());
        em.persist(draft);
        em.flush();
        published().ifPresent(p -> categories(p).forEach(c -> em.persist(c.copyInto(draft.getId()))));
    }

    private Category find(TaxonomyVersion version, String code) {
        return em.createNamedQuery(Category.BY_CODE, Category.class).setParameter("version", version.getId())
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new ProblemException(404, "category-not-found", code));
    }

    private Function<String, Category> lookup(TaxonomyVersion version) {
        Map<String, Category> all = categories(version).stream()
                .collect(Collectors.toMap(Category::getCode, c -> c));
        return all::get;
    }

    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public Category create(CategoryData data, String actor) {
        check(data);
        TaxonomyVersion draft = openDraft();
        if (em.createNamedQuery(Category.BY_CODE, Category.class).setParameter("version", draft.getId())
                .setParameter("code", data.code).getResultStream().findFirst().isPresent()) {
            throw new ProblemException(409, "category-code-taken", data.code);
        }
        Function<String, Category> byCode = lookup(draft);
        int position = data.position != null ? data.position : categories(draft).stream()
                .filter(c -> Objects.equals(c.getParentCode(), data.parent)).mapToInt(Category::getPosition)
                .max().orElse(0) + 10;
        Category category = new Category(draft.getId(), data.code, data.name.pl.strip(), data.name.en.strip(), position);
        describe(category, data);
        moveUnder(category, data.parent, position, byCode);
        em.persist(category);
        audit.record(actor, "category-created", "category:" + data.code, "taxonomy=" + draft.getNumber());
        return category;
    }

    /** Renames, re-describes, moves and re-keys a category of the draft; a stale version is a conflict. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public Category update(String code, CategoryData data, String actor) {
        if (data != null && data.code == null) {
            data.code = code;
        }
        check(data);
        if (!code.equals(data.code)) {
            throw ProblemException.invalid("code", "code-immutable", "the code of a category never changes");
        }
        TaxonomyVersion draft = openDraft();
        Category category = find(draft, code);
        if (data.version != null && data.version != category.getVersion()) {
            throw new ProblemException(409, "category-changed", code);
        }
        Function<String, Category> byCode = lookup(draft);
        describe(category, data);
        moveUnder(category, data.parent, data.position != null ? data.position : category.getPosition(), byCode);
        flush(code);
        audit.record(actor, "category-updated", "category:" + code, "taxonomy=" + draft.getNumber());
        return category;
    }

    /** Retires a category of the draft (its history stays); it must have no active sub-categories. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public void retire(String code, String actor) {
        TaxonomyVersion draft = openDraft();
        Category category = find(draft, code);
        requireNoActiveChildren(draft, code);
        category.retire();
        audit.record(actor, "category-retired", "category:" + code, "taxonomy=" + draft.getNumber());
    }

    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public void restore(String code, String actor) {
        TaxonomyVersion draft = openDraft();
        Category category = find(draft, code);
        category.restore();
        lineage(draft).stream().filter(l -> l.getFromCode().equals(code)).forEach(em::remove);
        audit.record(actor, "category-restored", "category:" + code, "taxonomy=" + draft.getNumber());
    }

    /** Merges categories into one: each source retires and its history counts under the target. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public void merge(String code, String into, String actor) {
        TaxonomyVersion draft = openDraft();
        Category source = find(draft, code);
        Category target = successor(draft, code, into, "into");
        requireNoActiveChildren(draft, code);
        replaceLineage(draft, code, List.of(new CategoryLineage(draft.getId(), code, target.getCode(),
                CategoryLineage.Kind.MERGE)));
        source.retire();
        audit.record(actor, "category-merged", "category:" + code, "into=" + into);
    }

    /** Splits a category into several: it retires and its history is reported as split between them. */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public void split(String code, List<String> into, String actor) {
        TaxonomyVersion draft = openDraft();
        Category source = find(draft, code);
        if (into == null || into.size() < 2 || new HashSet<>(into).size() != into.size()) {
            throw ProblemException.invalid("into", "split-needs-two", "two or more different categories");
        }
        List<CategoryLineage> parts = new ArrayList<>();
        for (String part : into) {
            parts.add(new CategoryLineage(draft.getId(), code, successor(draft, code, part, "into").getCode(),
                    CategoryLineage.Kind.SPLIT));
        }
        requireNoActiveChildren(draft, code);
        replaceLineage(draft, code, parts);
        source.retire();
        audit.record(actor, "category-split", "category:" + code, "into=" + into);
    }

    /**
     * Publishes the draft: it becomes what analysis uses, the previous published version is archived, and the
     * lineage of every previous category is completed (kept, renamed, moved or retired where no merge or split says
     * otherwise).
     */
    @RolesAllowed({"cx-admin", "cx-analyst"})
    public TaxonomyVersion publish(String actor) {
        TaxonomyVersion draft = draft().orElseThrow(() -> new ProblemException(409, "taxonomy-no-draft"));
        Optional<TaxonomyVersion> previous = published();
        Set<String> explained = lineage(draft).stream().map(CategoryLineage::getFromCode).collect(Collectors.toSet());
        Function<String, Category> now = lookup(draft);
        previous.ifPresent(p -> {
            for (Category before : categories(p)) {
                if (explained.contains(before.getCode()) || !before.isActive()) {
                    continue;
                }
                Category after = now.apply(before.getCode());
                CategoryLineage.Kind kind;
                if (after == null || !after.isActive()) {
                    kind = CategoryLineage.Kind.RETIRE;
                } else if (!Objects.equals(after.getParentCode(), before.getParentCode())) {
                    kind = CategoryLineage.Kind.MOVE;
                } else if (!after.getNamePl().equals(before.getNamePl()) || !after.getNameEn().equals(before.getNameEn())) {
                    kind = CategoryLineage.Kind.RENAME;
                } else {
                    kind = CategoryLineage.Kind.KEEP;
                }
                em.persist(new CategoryLineage(draft.getId(), before.getCode(),
                        kind == CategoryLineage.Kind.RETIRE ? null : before.getCode(), kind));
            }
            p.archive();
        });
        draft.publish(actor, Instant.now());
        flush("taxonomy");
        audit.record(actor, "taxonomy-published", "taxonomy:" + draft.getNumber(), null);
        return draft;
    }

    /** The version's categories as CSV rows (tree order: parents before children). */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
    public List<org.cxloop.taxonomy.control.TaxonomyCsv.Row> exportRows(TaxonomyVersion version) {
        List<Category> all = categories(version);
        List<org.cxloop.taxonomy.control.TaxonomyCsv.Row> rows = new ArrayList<>();
        addRows(all, null, rows);
        return rows;
    }

    private static void addRows(List<Category> all, String parent, List<org.cxloop.taxonomy.control.TaxonomyCsv.Row> rows) {
        for (Category c : all) {
            if (Objects.equals(c.getParentCode(), parent)) {
                rows.add(new org.cxloop.taxonomy.control.TaxonomyCsv.Row(c.getCode(), c.getParentCode(), c.getNamePl(),
                        c.getNameEn(), c.getDescriptionPl(), c.getDescriptionEn(), c.isActive(),
                        c.getKeywords().stream().filter(k -> k.getLanguage().equals("pl")).map(KeywordRule::getPhrase).toList(),
                        c.getKeywords().stream().filter(k -> k.getLanguage().equals("en")).map(KeywordRule::getPhrase).toList()));
                addRows(all, c.getCode(), rows);
            }
        }
    }

    /** What an import did. */
    public record ImportResult(int created, int updated) {
    }

    /**
     * Imports categories into the draft: new codes are added, known ones take the file's names, descriptions,
     * keywords and parent. All or nothing: every wrong row is named ({@code rows[<line>].<field>}), and a parent
     * chain that would loop refuses the whole file.
     */
    @RolesAllowed({"cx-admin", "cx-analyst", "cx-integration"})
    public ImportResult importRows(Map<Integer, CategoryData> rows, String actor) {
        if (rows.isEmpty()) {
            throw new ProblemException(400, "csv-empty");
        }
        TaxonomyVersion draft = openDraft();
        Set<String> known = categories(draft).stream().map(Category::getCode).collect(Collectors.toSet());
        Set<String> inFile = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<Integer, CategoryData> row : rows.entrySet()) {
            String prefix = "rows[" + row.getKey() + "].";
            CategoryData data = row.getValue();
            data.version = null;
            Violations.fieldErrors(validator.validate(data))
                    .forEach(e -> errors.add(new FieldError(prefix + e.field(), e.code(), e.message())));
            if (data.code != null && !inFile.add(data.code)) {
                errors.add(new FieldError(prefix + "code", "duplicate-in-file", data.code));
            }
        }
        for (Map.Entry<Integer, CategoryData> row : rows.entrySet()) {
            String parent = row.getValue().parent;
            if (parent != null && !known.contains(parent) && !inFile.contains(parent)) {
                errors.add(new FieldError("rows[" + row.getKey() + "].parent", "unknown-category", parent));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int created = 0;
        int updated = 0;
        Map<String, Category> byCode = new java.util.HashMap<>();
        categories(draft).forEach(c -> byCode.put(c.getCode(), c));
        int position = byCode.values().stream().mapToInt(Category::getPosition).max().orElse(0);
        for (CategoryData data : rows.values()) {
            Category category = byCode.get(data.code);
            if (category == null) {
                category = new Category(draft.getId(), data.code, data.name.pl.strip(), data.name.en.strip(),
                        data.position != null ? data.position : (position += 10));
                em.persist(category);
                byCode.put(data.code, category);
                created++;
            } else {
                updated++;
            }
            describe(category, data);
        }
        for (CategoryData data : rows.values()) {
            Category category = byCode.get(data.code);
            moveUnder(category, data.parent, data.position != null ? data.position : category.getPosition(), byCode::get);
        }
        audit.record(actor, "taxonomy-imported", "taxonomy:" + draft.getNumber(),
                "created=" + created + " updated=" + updated);
        return new ImportResult(created, updated);
    }

    private Category successor(TaxonomyVersion draft, String code, String target, String field) {
        if (target == null || target.equals(code)) {
            throw ProblemException.invalid(field, "invalid", target);
        }
        Category category = em.createNamedQuery(Category.BY_CODE, Category.class).setParameter("version", draft.getId())
                .setParameter("code", target).getResultStream().findFirst().orElse(null);
        if (category == null || !category.isActive()) {
            throw ProblemException.invalid(field, "unknown-category", target);
        }
        return category;
    }

    private void replaceLineage(TaxonomyVersion draft, String code, List<CategoryLineage> rows) {
        lineage(draft).stream().filter(l -> l.getFromCode().equals(code)).forEach(em::remove);
        rows.forEach(em::persist);
    }

    private void requireNoActiveChildren(TaxonomyVersion draft, String code) {
        if (categories(draft).stream().anyMatch(c -> code.equals(c.getParentCode()) && c.isActive())) {
            throw new ProblemException(409, "category-has-children", code);
        }
    }

    private static void describe(Category category, CategoryData data) {
        category.describe(data.name.pl.strip(), data.name.en.strip(),
                data.description == null ? null : blank(data.description.pl),
                data.description == null ? null : blank(data.description.en));
        category.replaceKeywords(data.keywords.stream()
                .map(k -> new KeywordRule(0, k.language, k.phrase.strip())).toList());
    }

    private static void moveUnder(Category category, String parent, int position, Function<String, Category> byCode) {
        try {
            category.moveUnder(parent, position, byCode);
        } catch (IllegalStateException e) {
            throw new ProblemException(409, e.getMessage(), category.getCode());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("parent", "unknown-category", parent);
        }
    }

    private void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException(409, "category-changed", what);
        }
    }

    private void check(CategoryData data) {
        if (data == null) {
            throw new ProblemException(400, "body-required");
        }
        List<FieldError> errors = new ArrayList<>(Violations.fieldErrors(validator.validate(data)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
