package org.cxloop.taxonomy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cxloop.taxonomy.control.TrendMapping.Step;
import org.junit.jupiter.api.Test;

class TrendMappingTest {

    @Test
    void aMergeSumsASplitIsReportedAsSuchAndARetiredCountIsKeptAside() {
        Map<String, Long> v1 = Map.of("courier", 7L, "parcel-locker", 5L, "price", 4L, "fax", 1L, "website", 9L);
        List<Step> v2 = List.of(
                new Step("courier", "delivery-channel", "MERGE"),
                new Step("parcel-locker", "delivery-channel", "MERGE"),
                new Step("website", "web", "SPLIT"), new Step("website", "app", "SPLIT"),
                new Step("fax", null, "RETIRE"),
                new Step("price", "price", "RENAME"));
        TrendMapping.Result result = TrendMapping.map(v1, List.of(v2));
        assertEquals(Map.of("delivery-channel", 12L, "price", 4L), result.byCode());
        assertEquals(List.of(new TrendMapping.Split("website", List.of("web", "app"), 9L)), result.splits());
        assertEquals(Map.of("fax", 1L), result.retired());
    }

    @Test
    void countsFollowSeveralVersionsInTurn() {
        Map<String, Long> v1 = Map.of("a", 2L, "b", 3L);
        List<Step> v2 = List.of(new Step("a", "c", "MERGE"), new Step("b", "c", "MERGE"));
        List<Step> v3 = List.of(new Step("c", "d", "MOVE"));
        assertEquals(Map.of("d", 5L), TrendMapping.map(v1, List.of(v2, v3)).byCode());
        assertEquals(Map.of("a", 2L, "b", 3L), TrendMapping.map(v1, List.of()).byCode(), "no lineage, no change");
    }
}
