package org.cxloop.taxonomy.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.boundary.RecentComment;
import org.cxloop.taxonomy.entity.Category;
import org.cxloop.taxonomy.entity.KeywordRule;
import org.cxloop.taxonomy.entity.TaxonomyVersion;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Taxonomy › tree editor: the categories of a version as a tree with comment counts from the keyword rules. The
 * draft is edited here — add a child, rename, describe, move by drag and drop, retire, restore, merge into another,
 * split into others, keyword rules with a "test this rule" box — and published. Someone else's change to the same
 * category is reported, never overwritten.
 */
@Named
@ViewScoped
public class TaxonomyView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The editor's copy of a category (or a new one). */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        String code;
        String parent;
        String namePl;
        String nameEn;
        String descriptionPl;
        String descriptionEn;
        Long version;
        boolean active = true;
        boolean isNew;
        List<Map<String, String>> keywords = new ArrayList<>();

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code == null ? null : code.strip(); }
        public String getParent() { return parent; }
        public String getNamePl() { return namePl; }
        public void setNamePl(String namePl) { this.namePl = namePl; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getDescriptionPl() { return descriptionPl; }
        public void setDescriptionPl(String descriptionPl) { this.descriptionPl = descriptionPl; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
        public boolean isActive() { return active; }
        public boolean isNew() { return isNew; }
        public List<Map<String, String>> getKeywords() { return keywords; }
    }

    @Inject
    transient Categories categories;

    private Integer number;
    private transient TreeNode<Category> root;
    private transient Map<String, Categories.Count> counts;
    private Form form;
    private TreeNode<Category> selectedNode;
    private String mergeInto;
    private List<String> splitInto = new ArrayList<>();
    private String testLanguage = "pl";
    private String testPhrase;
    private transient List<RecentComment> testResults;

    public TreeNode<Category> getRoot() {
        if (root == null) {
            root = new DefaultTreeNode<>(null, null);
            TaxonomyVersion version = getVersion();
            if (version != null) {
                List<Category> all = categories.categories(version);
                Map<String, TreeNode<Category>> nodes = new HashMap<>();
                for (Category c : all) {
                    nodes.put(c.getCode(), new DefaultTreeNode<>("category", c, null));
                }
                for (Category c : all) {
                    TreeNode<Category> node = nodes.get(c.getCode());
                    node.setExpanded(true);
                    TreeNode<Category> parent = c.getParentCode() == null ? root
                            : nodes.getOrDefault(c.getParentCode(), root);
                    parent.getChildren().add(node);
                    if (form != null && c.getCode().equals(form.code)) {
                        node.setSelected(true);
                    }
                }
            }
        }
        return root;
    }

    public TaxonomyVersion getVersion() {
        return number == null ? categories.published().orElse(null) : categories.version(number).orElse(null);
    }

    public boolean isEditable() {
        TaxonomyVersion version = getVersion();
        return version != null && version.isDraft() && designer();
    }

    private static boolean designer() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("cx-admin") || external.isUserInRole("cx-analyst");
    }

    public List<TaxonomyVersion> getVersions() {
        return categories.versions();
    }

    public boolean isDraftExists() {
        return categories.draft().isPresent();
    }

    /** Opens the draft (creating it from the published version when there is none) and shows it. */
    public void openDraft() {
        number = categories.openDraft().getNumber();
        reload();
    }

    public void publish() {
        try {
            TaxonomyVersion published = categories.publish(actor());
            number = null;
            form = null;
            reload();
            FacesMessages.info("taxonomy.publishedMessage", published.getNumber());
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    public void versionChanged() {
        form = null;
        reload();
    }

    public void reload() {
        root = null;
        counts = null;
        testResults = null;
    }

    public Categories.Count count(Category category) {
        if (counts == null) {
            TaxonomyVersion version = getVersion();
            counts = version == null ? Map.of() : categories.counts(version);
        }
        return counts.getOrDefault(category.getCode(), new Categories.Count(0, 0));
    }

    public void onSelect(NodeSelectEvent event) {
        select((Category) event.getTreeNode().getData());
    }

    private void select(Category c) {
        form = new Form();
        form.code = c.getCode();
        form.parent = c.getParentCode();
        form.namePl = c.getNamePl();
        form.nameEn = c.getNameEn();
        form.descriptionPl = c.getDescriptionPl();
        form.descriptionEn = c.getDescriptionEn();
        form.version = c.getVersion();
        form.active = c.isActive();
        for (KeywordRule k : c.getKeywords()) {
            Map<String, String> row = new HashMap<>();
            row.put("language", k.getLanguage());
            row.put("phrase", k.getPhrase());
            form.keywords.add(row);
        }
        mergeInto = null;
        splitInto = new ArrayList<>();
    }

    /** A new category under the selected one (or at the top). */
    public void addChild() {
        String parent = form != null && !form.isNew ? form.code : null;
        form = new Form();
        form.isNew = true;
        form.parent = parent;
    }

    public void addKeyword() {
        Map<String, String> row = new HashMap<>();
        row.put("language", FacesMessages.locale().getLanguage());
        row.put("phrase", "");
        form.keywords.add(row);
    }

    public void removeKeyword(int index) {
        if (index >= 0 && index < form.keywords.size()) {
            form.keywords.remove(index);
        }
    }

    public void save() {
        CategoryData data = new CategoryData();
        data.code = form.code;
        data.parent = form.parent;
        data.name = new org.cxloop.platform.boundary.Bilingual();
        data.name.pl = form.namePl;
        data.name.en = form.nameEn;
        data.description = new CategoryData.Descriptions();
        data.description.pl = form.descriptionPl;
        data.description.en = form.descriptionEn;
        data.version = form.version;
        for (Map<String, String> row : form.keywords) {
            if (row.get("phrase") != null && !row.get("phrase").isBlank()) {
                CategoryData.Keyword keyword = new CategoryData.Keyword();
                keyword.language = row.get("language");
                keyword.phrase = row.get("phrase");
                data.keywords.add(keyword);
            }
        }
        try {
            Category saved = form.isNew ? categories.create(data, actor()) : categories.update(form.code, data, actor());
            FacesMessages.info("taxonomy.saved", saved.getCode());
            reloadSelected(saved.getCode());
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        } catch (jakarta.ejb.EJBException e) {
            FacesMessages.error("problem.concurrent-change.detail");
        }
    }

    /** Dropping a category on another makes it a child there; dropping between nodes places it among them. */
    public void onDragDrop(TreeDragDropEvent event) {
        Category dragged = (Category) event.getDragNode().getData();
        TreeNode<?> dropNode = event.getDropNode();
        String parent = dropNode == null || dropNode.getData() == null ? null : ((Category) dropNode.getData()).getCode();
        CategoryData data = asData(dragged);
        data.parent = parent;
        data.position = Math.max(1, event.getDropIndex() * 10 + 5);
        try {
            categories.update(dragged.getCode(), data, actor());
            FacesMessages.info("taxonomy.moved", dragged.getCode());
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
        reloadSelected(dragged.getCode());
    }

    private static CategoryData asData(Category c) {
        CategoryData data = new CategoryData();
        data.code = c.getCode();
        data.parent = c.getParentCode();
        data.name = new org.cxloop.platform.boundary.Bilingual();
        data.name.pl = c.getNamePl();
        data.name.en = c.getNameEn();
        data.description = new CategoryData.Descriptions();
        data.description.pl = c.getDescriptionPl();
        data.description.en = c.getDescriptionEn();
        data.version = c.getVersion();
        data.keywords = c.getKeywords().stream().map(k -> {
            CategoryData.Keyword keyword = new CategoryData.Keyword();
            keyword.language = k.getLanguage();
            keyword.phrase = k.getPhrase();
            return keyword;
        }).collect(Collectors.toCollection(ArrayList::new));
        return data;
    }

    public void retire() {
        act(() -> categories.retire(form.code, actor()), "taxonomy.retiredMessage");
    }

    public void restore() {
        act(() -> categories.restore(form.code, actor()), "taxonomy.restoredMessage");
    }

    public void merge() {
        act(() -> categories.merge(form.code, mergeInto, actor()), "taxonomy.mergedMessage");
    }

    public void split() {
        act(() -> categories.split(form.code, splitInto, actor()), "taxonomy.splitMessage");
    }

    private void act(Runnable action, String message) {
        if (form == null || form.isNew) {
            FacesMessages.error("taxonomy.pick");
            return;
        }
        try {
            action.run();
            FacesMessages.info(message, form.code);
            reloadSelected(form.code);
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    private void reloadSelected(String code) {
        reload();
        TaxonomyVersion version = getVersion();
        categories.categories(version).stream().filter(c -> c.getCode().equals(code)).findFirst()
                .ifPresentOrElse(this::select, () -> form = null);
    }

    public void testRule() {
        testResults = categories.testRule(testLanguage, testPhrase, 20);
    }

    /** The active categories other than the selected one: targets of merge and split. */
    public List<Category> getTargets() {
        TaxonomyVersion version = getVersion();
        if (version == null || form == null) {
            return List.of();
        }
        return categories.categories(version).stream().filter(Category::isActive)
                .filter(c -> !c.getCode().equals(form.code)).toList();
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public Form getForm() {
        return form;
    }

    public TreeNode<Category> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Category> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public List<String> getSplitInto() {
        return splitInto;
    }

    public void setSplitInto(List<String> splitInto) {
        this.splitInto = splitInto == null ? new ArrayList<>() : new ArrayList<>(splitInto);
    }

    public String getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(String testLanguage) {
        this.testLanguage = testLanguage;
    }

    public String getTestPhrase() {
        return testPhrase;
    }

    public void setTestPhrase(String testPhrase) {
        this.testPhrase = testPhrase;
    }

    public List<RecentComment> getTestResults() {
        return testResults;
    }
}
