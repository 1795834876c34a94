package org.cxloop.analysis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each stage of the engine; the figures themselves are the benchmark's job (bench/analysis). */
class AnalysisEngineTest {

    static SentimentEngine engine;

    @BeforeAll
    static void train() {
        engine = SentimentEngine.trainDefault();
    }

    @Test
    void languagesAreTellApartOnShortComments() {
        assertEquals("pl", LanguageDetector.detect("Kurier nie dzwonił, paczka po terminie"));
        assertEquals("pl", LanguageDetector.detect("Zwrot trwał długo"));
        assertEquals("en", LanguageDetector.detect("Refund took three weeks"));
        assertEquals("en", LanguageDetector.detect("The courier was late"));
        assertEquals("und", LanguageDetector.detect("Das Paket kam zu spät"));
        assertEquals("und", LanguageDetector.detect("12345 !!!"));
    }

    @Test
    void polishWordsBecomeTheirBaseFormsAndNegationMarksWhatItGoverns() {
        assertTrue(Features.of("Czekam na dostawę", "pl").contains("dostawa"));
        assertTrue(Features.of("Nie było dostawy", "pl").contains("¬dostawa"), "inflected and negated");
        List<String> recommend = Features.of("Nie polecam tego sklepu", "pl");
        assertTrue(recommend.contains("¬polecać") && !recommend.contains("polecać"), recommend.toString());
        List<String> noProblem = Features.of("Zwrot bez problemu", "pl");
        assertTrue(noProblem.contains("¬problem") && noProblem.contains("LEX+"), "no problem is good: " + noProblem);
        List<String> clause = Features.of("Nie dzwonił, ale paczka dobra", "pl");
        assertTrue(clause.contains("dobry") && clause.contains("LEX+"), "a comma ends the negation: " + clause);
    }

    @Test
    void englishNegationAndStemming() {
        List<String> features = Features.of("Not good, deliveries were late", "en");
        assertTrue(features.contains("¬good") && features.contains("delivery") && features.contains("LEX-"), features.toString());
        assertTrue(Features.of("It didn't work", "en").contains("¬work"));
    }

    @Test
    void theModelLearnsASeparableProblem() {
        List<SentimentModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new SentimentModel.Example(List.of("great", "w" + i), 0));
            examples.add(new SentimentModel.Example(List.of("awful", "w" + i), 1));
        }
        SentimentModel model = SentimentModel.train(List.of("positive", "negative"), examples, 5, 0.1, 1e-6, 1);
        assertEquals("positive", model.predict(List.of("great")).label());
        assertEquals("negative", model.predict(List.of("awful", "w3")).label());
        assertTrue(model.predict(List.of("great")).confidence() > 0.9);
        assertTrue(Math.abs(model.predict(List.of("unseen")).confidence() - 0.5) < 0.1, "no evidence, no confidence");
    }

    @Test
    void theTrainedEngineBeatsTheMajorityBaselineClearlyOnHeldOutRows() {
        assertTrue(heldOutAccuracy(TrainingData.polish(), "pl", SentimentEngine.POLISH_LABELS) > 0.70);
        assertTrue(heldOutAccuracy(TrainingData.english(), "en", SentimentEngine.ENGLISH_LABELS) > 0.80);
        assertEquals("negative", engine.analyse("Nie polecam, obsługa niemiła", null).sentiment());
        assertEquals("positive", engine.analyse("Bardzo miła obsługa, polecam", null).sentiment());
        assertEquals("negative", engine.analyse("Refund took three weeks", null).sentiment());
        assertEquals("und", engine.analyse("Das Paket kam zu spät", null).language());
    }

    private static double heldOutAccuracy(List<TrainingData.Row> rows, String language, List<String> labels) {
        int right = 0;
        int total = 0;
        for (TrainingData.Row row : rows) {
            if (row.heldOut() && labels.contains(row.label())) {
                total++;
                right += engine.predict(row.text(), language).label().equals(row.label()) ? 1 : 0;
            }
        }
        return (double) right / total;
    }
}
