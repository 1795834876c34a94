package org.cxloop.taxonomy.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.taxonomy.entity.Category;
import org.cxloop.taxonomy.entity.KeywordRule;
import org.cxloop.taxonomy.entity.TaxonomyVersion;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Taxonomy › tree: the categories of the published version (or another version or the draft) with their names in
 * both languages and keyword rules. Read-only here; edits go through the API until the tree editor lands.
 */
@Named
@ViewScoped
public class TaxonomyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Categories categories;

    private Integer number;
    private TreeNode<Category> root;

    public TreeNode<Category> getRoot() {
        if (root == null) {
            root = new DefaultTreeNode<>(null, null);
            TaxonomyVersion version = getVersion();
            if (version != null) {
                List<Category> all = categories.categories(version);
                Map<String, TreeNode<Category>> nodes = new HashMap<>();
                for (Category c : all) {
                    nodes.put(c.getCode(), new DefaultTreeNode<>(c));
                }
                for (Category c : all) {
                    TreeNode<Category> parent = c.getParentCode() == null ? root
                            : nodes.getOrDefault(c.getParentCode(), root);
                    TreeNode<Category> node = nodes.get(c.getCode());
                    node.setExpanded(c.getParentCode() == null);
                    parent.getChildren().add(node);
                }
            }
        }
        return root;
    }

    public TaxonomyVersion getVersion() {
        return number == null ? categories.published().orElse(null) : categories.version(number).orElse(null);
    }

    public List<TaxonomyVersion> getVersions() {
        return categories.versions();
    }

    public String keywords(Category category, String language) {
        return category.getKeywords().stream().filter(k -> k.getLanguage().equals(language))
                .map(KeywordRule::getPhrase).collect(Collectors.joining(", "));
    }

    public void reload() {
        root = null;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }
}
