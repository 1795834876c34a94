package org.cxloop.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsExcelStyleSemicolonsWithBomQuotesAndLineNumbers() {
        String text = "\uFEFFexternalId;Email;segment\r\n"
                + "C-1;anna@example.com;\"Małe; średnie\"\r\n"
                + "\r\n"
                + "C-2;\"jan@example.com\";\"z \"\"cudzysłowem\"\"\nw dwóch liniach\"\r\n"
                + "C-3;;\n";
        List<Csv.Row> rows = Csv.read(text, 10);
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("Małe; średnie", rows.get(0).value("segment"));
        assertEquals("anna@example.com", rows.get(0).value("email"), "column names are case-insensitive");
        assertEquals(4, rows.get(1).line(), "the empty line is skipped but counted");
        assertEquals("z \"cudzysłowem\"\nw dwóch liniach", rows.get(1).value("segment"));
        assertEquals(6, rows.get(2).line());
        assertNull(rows.get(2).value("email"), "an empty value is absent");
        assertEquals(List.of("externalid", "email", "segment"), Csv.header(text));
    }

    @Test
    void readsCommasAndFlagsExtraValues() {
        List<Csv.Row> rows = Csv.read("a,b\n1,2,3\n4\n", 10);
        assertEquals("1", rows.get(0).value("a"));
        assertTrue(rows.get(0).values().containsKey(""), "more values than columns are kept aside");
        assertNull(rows.get(1).value("b"), "fewer values leave columns empty");
    }

    @Test
    void refusesWhatCannotBeRead() {
        assertEquals("csv-unterminated-quote", assertThrows(Csv.Unreadable.class,
                () -> Csv.read("a\n\"open\n", 10)).getMessage());
        assertEquals("csv-empty", assertThrows(Csv.Unreadable.class, () -> Csv.read("", 10)).getMessage());
        assertEquals("csv-too-many-rows", assertThrows(Csv.Unreadable.class,
                () -> Csv.read("a\n1\n2\n3\n", 2)).getMessage());
    }
}
