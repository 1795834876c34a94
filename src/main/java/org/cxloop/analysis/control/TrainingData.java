package org.cxloop.analysis.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped labelled sentences (see NOTICE) and the split every reported figure uses: a data row whose 1-based
 * number is divisible by 5 is held out for testing; the model learns from the others only.
 */
public final class TrainingData {

    /** One labelled sentence and whether it belongs to the held-out test rows. */
    public record Row(String language, String label, String text, boolean heldOut) {
    }

    public static final String POLISH = "analysis/training/polemo2-medicine-sentences-pl.tsv";
    public static final String ENGLISH = "analysis/training/uci-sentiment-sentences-en.tsv";

    private TrainingData() {
    }

    public static List<Row> polish() {
        return read(POLISH, "pl", 0, 1);
    }

    public static List<Row> english() {
        return read(ENGLISH, "en", 1, 2);
    }

    private static List<Row> read(String resource, String language, int labelColumn, int textColumn) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TrainingData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing training data " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                number++;
                String[] columns = line.split("\t", -1);
                rows.add(new Row(language, columns[labelColumn], columns[textColumn], number % 5 == 0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
