package org.cxloop.platform.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * Words of a text with their possible base forms: Polish through the Morfologik dictionary (so "dostawy",
 * "dostawę" and "dostawie" all give "dostawa"), English through a light suffix rule set. Ambiguous words keep
 * every candidate, so a rule matches when any reading fits.
 */
public final class Lemmas {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    /** The stemmer keeps state between lookups: one per thread. */
    private static final ThreadLocal<PolishStemmer> POLISH_STEMMER = ThreadLocal.withInitial(PolishStemmer::new);

    private Lemmas() {
    }

    /** For each word of the text, in order, its lower-case surface form and base forms. */
    public static List<Set<String>> of(String text, String language) {
        List<Set<String>> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        boolean polish = "pl".equals(language);
        while (m.find()) {
            String word = m.group().toLowerCase(polish ? POLISH : Locale.ROOT);
            Set<String> forms = new LinkedHashSet<>();
            forms.add(word);
            if (polish) {
                forms.addAll(polish(word));
            } else {
                forms.add(english(word));
            }
            words.add(forms);
        }
        return words;
    }

    /** The base forms Morfologik knows for a lower-case Polish word, in its order; empty for unknown words. */
    public static List<String> polish(String word) {
        List<String> stems = new ArrayList<>();
        for (WordData data : POLISH_STEMMER.get().lookup(word)) {
            String stem = data.getStem().toString().toLowerCase(POLISH);
            if (!stems.contains(stem)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /** A small English stemmer: plurals, -ing, -ed, -ly; enough for keyword rules, not for linguistics. */
    public static String english(String word) {
        String w = word.replace("’", "'");
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return undouble(w.substring(0, w.length() - 2));
        }
        if (w.length() > 4 && w.endsWith("ly")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
