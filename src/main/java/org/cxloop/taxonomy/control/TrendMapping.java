package org.cxloop.taxonomy.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Re-expresses counts made under an older taxonomy version in a newer one, following the lineage of each version
 * in turn: kept, renamed and moved categories carry their counts over, a merge sums its sources, a split cannot
 * know how its count divides and is reported as such, and a retired category's count is kept aside.
 */
public final class TrendMapping {

    /** One lineage step: the previous version's category {@code from} went to {@code to} ({@code null}: retired). */
    public record Step(String from, String to, String kind) {
    }

    /** A count that was split between several categories. */
    public record Split(String from, List<String> into, long count) {
    }

    /** The counts in the newest structure. */
    public record Result(Map<String, Long> byCode, List<Split> splits, Map<String, Long> retired) {
    }

    private TrendMapping() {
    }

    /** {@code versions} holds each later version's lineage, oldest first. */
    public static Result map(Map<String, Long> counts, List<List<Step>> versions) {
        Map<String, Long> current = new TreeMap<>(counts);
        List<Split> splits = new ArrayList<>();
        Map<String, Long> retired = new TreeMap<>();
        for (List<Step> lineage : versions) {
            Map<String, List<Step>> byFrom = new LinkedHashMap<>();
            lineage.forEach(step -> byFrom.computeIfAbsent(step.from(), k -> new ArrayList<>()).add(step));
            Map<String, Long> next = new TreeMap<>();
            for (Map.Entry<String, Long> entry : current.entrySet()) {
                List<Step> steps = byFrom.get(entry.getKey());
                if (steps == null) {
                    next.merge(entry.getKey(), entry.getValue(), Long::sum);
                } else if (steps.size() > 1 || "SPLIT".equals(steps.get(0).kind())) {
                    splits.add(new Split(entry.getKey(), steps.stream().map(Step::to).toList(), entry.getValue()));
                } else if (steps.get(0).to() == null) {
                    retired.merge(entry.getKey(), entry.getValue(), Long::sum);
                } else {
                    next.merge(steps.get(0).to(), entry.getValue(), Long::sum);
                }
            }
            current = next;
        }
        return new Result(current, splits, retired);
    }
}
