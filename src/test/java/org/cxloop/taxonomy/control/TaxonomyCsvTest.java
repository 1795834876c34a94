package org.cxloop.taxonomy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cxloop.platform.control.Csv;
import org.junit.jupiter.api.Test;

class TaxonomyCsvTest {

    @Test
    void formulasAreDisarmedAndTheFileReadsBack() {
        String csv = TaxonomyCsv.write(List.of(
                new TaxonomyCsv.Row("delivery", null, "Dostawa, kurier", "Delivery", null, null, true,
                        List.of("dostawa", "paczka"), List.of("delivery")),
                new TaxonomyCsv.Row("evil", "delivery", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "-2+3", null, false,
                        List.of(), List.of())));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        List<Csv.Row> rows = Csv.read(csv, 10);
        assertEquals("Dostawa, kurier", rows.get(0).value("name_pl"));
        assertEquals("dostawa|paczka", rows.get(0).value("keywords_pl"));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).value("name_pl"));
        assertEquals("'@SUM(A1)", rows.get(1).value("name_en"));
        assertEquals("'-2+3", rows.get(1).value("description_pl"));
        assertEquals("false", rows.get(1).value("active"));
    }
}
