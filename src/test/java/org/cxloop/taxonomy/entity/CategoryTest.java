package org.cxloop.taxonomy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryTest {

    private final Map<String, Category> tree = new HashMap<>();

    private Category add(String code, String parent) {
        Category category = new Category(1L, code, code, code, 10);
        tree.put(code, category);
        category.moveUnder(parent, 10, tree::get);
        return category;
    }

    @Test
    void aCategoryIsNeverItsOwnAncestor() {
        Category delivery = add("delivery", null);
        Category time = add("delivery-time", "delivery");
        Category late = add("late-courier", "delivery-time");
        assertEquals("category-cycle", assertThrows(IllegalStateException.class,
                () -> delivery.moveUnder("delivery", 10, tree::get)).getMessage());
        assertEquals("category-cycle", assertThrows(IllegalStateException.class,
                () -> delivery.moveUnder("late-courier", 10, tree::get)).getMessage());
        assertEquals("delivery", time.getParentCode(), "a refused move changes nothing");
        late.moveUnder("delivery", 20, tree::get);
        assertEquals("delivery", late.getParentCode());
        late.moveUnder(null, 30, tree::get);
        assertNull(late.getParentCode());
        assertEquals("unknown-parent", assertThrows(IllegalArgumentException.class,
                () -> late.moveUnder("nowhere", 10, tree::get)).getMessage());
    }

    @Test
    void aCopyForTheNextDraftKeepsCodeTextsPlaceAndRules() {
        Category delivery = add("delivery", null);
        delivery.replaceKeywords(java.util.List.of(new KeywordRule(0, "pl", "dostawa"), new KeywordRule(0, "en", "delivery")));
        Category copy = delivery.copyInto(2L);
        assertEquals(2L, copy.getVersionId());
        assertEquals("delivery", copy.getCode());
        assertEquals(2, copy.getKeywords().size());
        assertEquals(2, copy.getKeywords().get(1).getPosition());
    }
}
