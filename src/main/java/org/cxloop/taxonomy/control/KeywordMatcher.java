package org.cxloop.taxonomy.control;

import java.util.ArrayList;
import java.util.Collections;
import org.cxloop.platform.control.Lemmas;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which keyword rules a comment hits: a rule (a word or a phrase) matches where its words appear in a row
 * in the comment, each word in any of its forms. Rules and comments are lemmatised in the rule's language.
 */
public final class KeywordMatcher {

    /** A rule of a category. */
    public record Rule(String category, String language, String phrase) {
    }

    private record Compiled(String category, String language, String phrase, List<Set<String>> words) {
    }

    private final List<Compiled> rules = new ArrayList<>();

    public KeywordMatcher(List<Rule> rules) {
        for (Rule rule : rules) {
            List<Set<String>> words = Lemmas.of(rule.phrase(), rule.language());
            if (!words.isEmpty()) {
                this.rules.add(new Compiled(rule.category(), rule.language(), rule.phrase(), words));
            }
        }
    }

    /** The categories whose rules the text hits, with the phrases that hit, in rule order. */
    public Map<String, List<String>> match(String text, String language) {
        List<Set<String>> words = Lemmas.of(text, language);
        Map<String, List<String>> hits = new java.util.LinkedHashMap<>();
        for (Compiled rule : rules) {
            if (rule.language().equals(language) && contains(words, rule.words())) {
                hits.computeIfAbsent(rule.category(), k -> new ArrayList<>()).add(rule.phrase());
            }
        }
        return hits;
    }

    public Set<String> categories(String text, String language) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(match(text, language).keySet()));
    }

    static boolean contains(List<Set<String>> text, List<Set<String>> phrase) {
        for (int start = 0; start + phrase.size() <= text.size(); start++) {
            boolean all = true;
            for (int i = 0; i < phrase.size() && all; i++) {
                all = !Collections.disjoint(text.get(start + i), phrase.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
