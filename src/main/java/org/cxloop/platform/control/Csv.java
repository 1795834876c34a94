package org.cxloop.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the CSV files people export from Excel or a CRM (RFC 4180 quoting, comma or semicolon — Polish Excel writes
 * semicolons — a UTF-8 byte-order mark, CRLF or LF) into rows keyed by the header's column names.
 */
public final class Csv {

    /** One data row: its line number in the file (for error reports) and its values by lower-case column name. */
    public record Row(int line, Map<String, String> values) {

        public String value(String column) {
            String value = values.get(column.toLowerCase(Locale.ROOT));
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Thrown for a file that cannot be read as CSV at all (no header, unterminated quote). */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String code) {
            super(code, null, false, false);
        }
    }

    private Csv() {
    }

    public static List<Row> read(String text, int maxRows) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = body.indexOf('\n');
        String headerLine = firstBreak < 0 ? body : body.substring(0, firstBreak);
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                    lines.add(recordLine);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
                if (records.size() > maxRows + 1) {
                    throw new Unreadable("csv-too-many-rows");
                }
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new Unreadable("csv-unterminated-quote");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new Unreadable("csv-empty");
        }
        if (records.size() > maxRows + 1) {
            throw new Unreadable("csv-too-many-rows");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> byName = new TreeMap<>();
            for (int c = 0; c < header.size(); c++) {
                byName.put(header.get(c), c < values.size() ? values.get(c) : null);
            }
            if (values.size() > header.size()) {
                byName.put("", String.join(String.valueOf(separator), values.subList(header.size(), values.size())));
            }
            rows.add(new Row(lines.get(r), byName));
        }
        return rows;
    }

    /** The header's column names in lower case. */
    public static List<String> header(String text) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        int end = body.indexOf('\n');
        String line = (end < 0 ? body : body.substring(0, end)).replace("\r", "");
        char separator = count(line, ';') > count(line, ',') ? ';' : ',';
        List<String> names = new ArrayList<>();
        for (String name : line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            names.add(name.replace("\"", "").strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
