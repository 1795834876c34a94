package org.cxloop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxloop.analysis.control.Features;
import org.cxloop.analysis.control.LanguageDetector;
import org.cxloop.analysis.control.SentimentEngine;
import org.cxloop.analysis.control.SentimentModel;
import org.cxloop.analysis.control.TrainingData;
import org.cxloop.taxonomy.control.DefaultTaxonomy;
import org.cxloop.taxonomy.control.KeywordMatcher;

/**
 * {@code bench/analysis}: accuracy and macro-F1 on the held-out rows per language against the majority-class
 * baseline, accuracy on CX Loop's own customer-service sentences, and throughput of the whole engine (detect,
 * lemmatise, sentiment, categories) on one thread against tokenisation alone — all measured in this run.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        SentimentEngine engine = SentimentEngine.trainDefault();
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - started) / 1e9);

        evaluate(engine, "pl", TrainingData.polish(), SentimentEngine.POLISH_LABELS);
        evaluate(engine, "en", TrainingData.english(), SentimentEngine.ENGLISH_LABELS);
        ambiguous(engine);
        customerService(engine);
        throughput(engine);
    }

    private static void evaluate(SentimentEngine engine, String language, List<TrainingData.Row> rows, List<String> labels) {
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        Map<String, Integer> trainCounts = new TreeMap<>();
        for (TrainingData.Row row : rows) {
            if (!labels.contains(row.label())) {
                continue;
            }
            if (row.heldOut()) {
                truth.add(row.label());
                predicted.add(engine.predict(row.text(), language).label());
            } else {
                trainCounts.merge(row.label(), 1, Integer::sum);
            }
        }
        String majority = trainCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> baseline = truth.stream().map(t -> majority).toList();
        System.out.printf("%s held-out (%d rows, %d classes): accuracy %.3f, macro-F1 %.3f | baseline (always %s): "
                        + "accuracy %.3f, macro-F1 %.3f%n", language, truth.size(), labels.size(),
                accuracy(truth, predicted), macroF1(truth, predicted, labels), majority, accuracy(truth, baseline),
                macroF1(truth, baseline, labels));
    }

    private static void ambiguous(SentimentEngine engine) {
        Map<String, Integer> outcome = new TreeMap<>();
        double confidence = 0;
        int n = 0;
        for (TrainingData.Row row : TrainingData.polish()) {
            if (row.heldOut() && row.label().equals("ambiguous")) {
                SentimentModel.Prediction p = engine.predict(row.text(), "pl");
                outcome.merge(p.label(), 1, Integer::sum);
                confidence += p.confidence();
                n++;
            }
        }
        System.out.printf("pl held-out ambiguous rows (%d): predicted %s, mean confidence %.2f%n", n, outcome,
                n == 0 ? 0 : confidence / n);
    }

    /** Short, direct comments as customers write them; labels by the CX Loop team. */
    static final String[][] CX = {
            {"pl", "negative", "Kurier nie dzwonił, paczka po terminie"},
            {"pl", "negative", "Paczka przyszła uszkodzona, nikt nie odpowiada na reklamację"},
            {"pl", "negative", "Za drogo jak na taką jakość"},
            {"pl", "negative", "Zwrot pieniędzy trwał trzy tygodnie"},
            {"pl", "negative", "Aplikacja ciągle się zawiesza przy płatności"},
            {"pl", "negative", "Faktura z błędami, trzeci raz proszę o korektę"},
            {"pl", "negative", "Nie polecam, obsługa niemiła"},
            {"pl", "negative", "Produkt przestał działać po tygodniu"},
            {"pl", "positive", "Szybka dostawa, wszystko w porządku"},
            {"pl", "positive", "Bardzo miła obsługa, polecam"},
            {"pl", "positive", "Zwrot bez problemu, pieniądze wróciły następnego dnia"},
            {"pl", "positive", "Świetna jakość w dobrej cenie"},
            {"pl", "positive", "Aplikacja działa sprawnie, zamówienie w dwie minuty"},
            {"pl", "positive", "Kurier bardzo uprzejmy, paczka na czas"},
            {"pl", "neutral", "Zamówiłem dwie sztuki"},
            {"pl", "neutral", "Płatność kartą przy odbiorze"},
            {"en", "negative", "Refund took three weeks"},
            {"en", "negative", "The parcel arrived damaged and nobody answered my complaint"},
            {"en", "negative", "Way too expensive for this quality"},
            {"en", "negative", "The app keeps crashing at checkout"},
            {"en", "negative", "Invoice was wrong again"},
            {"en", "negative", "Courier never called, delivery was late"},
            {"en", "negative", "Not good, the product stopped working after a week"},
            {"en", "positive", "Fast delivery, everything fine"},
            {"en", "positive", "Very friendly customer service, highly recommend"},
            {"en", "positive", "Return was easy and the money came back the next day"},
            {"en", "positive", "Great quality for a good price"},
            {"en", "positive", "The app works well, ordering took two minutes"},
    };

    private static void customerService(SentimentEngine engine) {
        for (String language : new String[] {"pl", "en"}) {
            int right = 0;
            int total = 0;
            List<String> wrong = new ArrayList<>();
            for (String[] c : CX) {
                if (c[0].equals(language)) {
                    total++;
                    String got = engine.analyse(c[2], language).sentiment();
                    if (got.equals(c[1])) {
                        right++;
                    } else {
                        wrong.add("\"" + c[2] + "\" → " + got);
                    }
                }
            }
            System.out.printf("%s customer-service set: %d/%d right (%.2f)%s%n", language, right, total,
                    (double) right / total, wrong.isEmpty() ? "" : "; wrong: " + String.join(", ", wrong));
        }
    }

    private static void throughput(SentimentEngine engine) {
        List<KeywordMatcher.Rule> rules = new ArrayList<>();
        DefaultTaxonomy.ENTRIES.forEach(e -> {
            e.keywordsPl().forEach(k -> rules.add(new KeywordMatcher.Rule(e.code(), "pl", k)));
            e.keywordsEn().forEach(k -> rules.add(new KeywordMatcher.Rule(e.code(), "en", k)));
        });
        KeywordMatcher categories = new KeywordMatcher(rules);
        List<String> texts = new ArrayList<>();
        TrainingData.polish().stream().filter(TrainingData.Row::heldOut).forEach(r -> texts.add(r.text()));
        TrainingData.english().stream().filter(TrainingData.Row::heldOut).forEach(r -> texts.add(r.text()));
        for (String[] c : CX) {
            texts.add(c[2]);
        }
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (String text : texts) {
                String language = LanguageDetector.detect(text);
                sink += engine.analyse(text, language).sentiment().length();
                sink += categories.categories(text, language).size();
            }
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                String language = LanguageDetector.detect(text);
                sink += engine.analyse(text, language).sentiment().length();
                sink += categories.categories(text, language).size();
            }
        }
        double pipeline = rounds * texts.size() / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                sink += Features.of(text, "en").size();
            }
        }
        double tokenise = rounds * texts.size() / ((System.nanoTime() - start) / 1e9);
        System.out.printf("throughput, one thread, %d comments x %d: whole engine (detect + lemmatise + sentiment + "
                + "categories) %.0f comments/s | baseline tokenise only %.0f comments/s (%d)%n", texts.size(), rounds,
                pipeline, tokenise, sink % 10);
    }

    static double accuracy(List<String> truth, List<String> predicted) {
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            right += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return (double) right / truth.size();
    }

    static double macroF1(List<String> truth, List<String> predicted, List<String> labels) {
        double sum = 0;
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean t = truth.get(i).equals(label);
                boolean p = predicted.get(i).equals(label);
                tp += t && p ? 1 : 0;
                fp += !t && p ? 1 : 0;
                fn += t && !p ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / labels.size();
    }
}
