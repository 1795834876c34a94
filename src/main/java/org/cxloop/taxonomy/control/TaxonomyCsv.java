package org.cxloop.taxonomy.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The taxonomy as a CSV file for spreadsheets: one category per row, keywords joined with "|". Cells that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are written with a leading
 * apostrophe, so an exported name can never execute.
 */
public final class TaxonomyCsv {

    public static final List<String> COLUMNS = List.of("code", "parent", "name_pl", "name_en", "description_pl",
            "description_en", "active", "keywords_pl", "keywords_en");

    /** One row, in {@link #COLUMNS} order. */
    public record Row(String code, String parent, String namePl, String nameEn, String descriptionPl,
                      String descriptionEn, boolean active, List<String> keywordsPl, List<String> keywordsEn) {
    }

    private TaxonomyCsv() {
    }

    public static String write(List<Row> rows) {
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (Row r : rows) {
            out.append(List.of(r.code(), nz(r.parent()), r.namePl(), r.nameEn(), nz(r.descriptionPl()),
                            nz(r.descriptionEn()), String.valueOf(r.active()), String.join("|", r.keywordsPl()),
                            String.join("|", r.keywordsEn()))
                    .stream().map(TaxonomyCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /** A cell quoted when needed and disarmed when a spreadsheet would take it for a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith("'")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
