package org.cxloop.analysis.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polish, English or neither ({@code und}), from Polish letters and the most frequent short words of each
 * language. Customer comments are short, so a single Polish letter or a couple of function words decide.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]");
    private static final Set<String> POLISH = Set.of("i", "w", "nie", "się", "na", "że", "jest", "to", "z", "do",
            "jak", "ale", "po", "co", "tak", "za", "od", "już", "mi", "był", "była", "było", "bardzo", "czy", "o",
            "są", "mnie", "tylko", "dla", "przez", "jestem", "paczka", "kurier", "dostawa", "zamówienie");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "to", "was", "not", "it", "of", "for",
            "my", "a", "in", "this", "i", "you", "that", "with", "but", "very", "are", "be", "have", "had", "on",
            "no", "so", "at", "they", "we", "were", "delivery", "order", "refund", "took");

    private LanguageDetector() {
    }

    /** "pl", "en" or "und". */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        int polish = 0;
        int english = 0;
        Matcher letters = POLISH_LETTERS.matcher(text);
        while (letters.find()) {
            polish += 2;
        }
        Matcher words = WORD.matcher(text);
        int total = 0;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            total++;
            if (POLISH.contains(word)) {
                polish++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (total == 0 || polish == english) {
            return "und";
        }
        return polish > english ? "pl" : "en";
    }
}
