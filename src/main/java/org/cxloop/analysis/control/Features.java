package org.cxloop.analysis.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxloop.platform.control.Lemmas;

/**
 * The features the sentiment model reads from a comment: one lemma per word (Morfologik's first reading for Polish,
 * a light stem for English), the negated form of the words a negation governs ("nie polecam" → ¬polecać, "not good"
 * → ¬good; "bez problemu" → ¬problem), the inflected form too where it differs (Polish endings carry tense and
 * person), lemma bigrams, and the exclamation and question marks.
 */
public final class Features {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[!?.,;:]");
    private static final Set<String> NEGATORS_PL = Set.of("nie", "bez", "brak", "ani", "żaden", "żadna", "żadne",
            "nigdy", "niestety");
    private static final Set<String> NEGATORS_EN = Set.of("not", "no", "never", "without", "nothing", "hardly",
            "nobody", "none", "cannot", "isn't", "wasn't", "don't", "didn't", "doesn't", "won't", "can't", "couldn't",
            "aren't", "weren't", "haven't", "hasn't", "wouldn't", "shouldn't");
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?]|ale|lecz|but|however");
    private static final int NEGATION_SCOPE = 3;
    /** Base forms that carry polarity in customer feedback; a negation flips them. */
    private static final Set<String> POSITIVE = Set.of("dobry", "świetny", "super", "polecać", "szybki", "szybko",
            "sprawnie", "sprawny", "miły", "uprzejmy", "zadowolony", "dziękować", "profesjonalny", "pomocny", "idealny",
            "wspaniały", "rewelacyjny", "fajny", "łatwy", "łatwo", "ok", "czas", "porządek", "zgodny", "tani",
            "good", "great", "excellent", "fast", "quick", "friendly", "helpful", "easy", "love", "recommend",
            "perfect", "nice", "happy", "pleased", "amazing", "well", "fine", "best", "awesome", "polite");
    private static final Set<String> NEGATIVE = Set.of("zły", "słaby", "fatalny", "tragiczny", "beznadziejny",
            "niestety", "uszkodzić", "uszkodzony", "zepsuty", "spóźnić", "spóźniony", "opóźnienie", "problem", "błąd",
            "reklamacja", "drogi", "drogo", "niemiły", "nieuprzejmy", "nikt", "zawieszać", "zawiesić", "czekać",
            "termin", "brak", "porażka", "oszustwo", "skandal", "przestać", "zgubić", "odesłać", "korekta", "wolno",
            "bad", "poor", "terrible", "awful", "worst", "late", "damaged", "broken", "slow", "rude", "expensive",
            "wrong", "crash", "refund", "complaint", "waste", "disappointed", "never", "nobody", "error",
            "fail", "stopped", "useless", "horrible");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private Features() {
    }

    public static List<String> of(String text, String language) {
        List<String> features = new ArrayList<>();
        if (text == null) {
            return features;
        }
        boolean polish = "pl".equals(language);
        Matcher m = TOKEN.matcher(text);
        List<String> lemmas = new ArrayList<>();
        int negated = 0;
        while (m.find()) {
            String token = m.group().toLowerCase(polish ? POLISH : Locale.ROOT).replace('’', '\'');
            if (token.length() == 1 && "!?.,;:".indexOf(token.charAt(0)) >= 0) {
                if (token.equals("!") || token.equals("?")) {
                    features.add(token);
                }
                negated = 0;
                continue;
            }
            String lemma = polish ? polishLemma(token) : Lemmas.english(token);
            boolean negator = polish ? NEGATORS_PL.contains(token) : NEGATORS_EN.contains(token)
                    || token.endsWith("n't");
            if (CLAUSE_END.matcher(token).matches()) {
                negated = 0;
            }
            boolean positive = POSITIVE.contains(lemma);
            boolean negative = NEGATIVE.contains(lemma);
            if (negator) {
                negated = NEGATION_SCOPE;
                features.add(lemma);
                features.add("LEX-NEGATION");
            } else if (negated > 0) {
                features.add("¬" + lemma);
                negated--;
                if (positive || negative) {
                    features.add(positive ? "LEX-" : "LEX+");
                }
            } else {
                features.add(lemma);
                if (positive || negative) {
                    features.add(positive ? "LEX+" : "LEX-");
                }
            }
            lemmas.add(lemma);
            if (!lemma.equals(token)) {
                features.add("=" + token);
            }
        }
        for (int i = 1; i < lemmas.size(); i++) {
            features.add(lemmas.get(i - 1) + " " + lemmas.get(i));
        }
        return features;
    }

    /** One base form: the reading that carries polarity if any does, otherwise Morfologik's first. */
    private static String polishLemma(String token) {
        List<String> readings = Lemmas.polish(token);
        return readings.stream().filter(r -> POSITIVE.contains(r) || NEGATIVE.contains(r)).findFirst()
                .orElse(readings.isEmpty() ? token : readings.get(0));
    }
}
