package org.cxloop.customer.boundary;

import java.util.List;
import org.cxloop.platform.control.FieldError;

/**
 * What a CSV import did: every data row with its line number and result. An import is all or nothing: when any row
 * is wrong, nothing is stored and the report names every wrong row, so the file can be fixed and sent again.
 */
public record ImportReport(boolean applied, List<RowResult> rows) {

    /** One row: created, updated, unchanged or error, with the field errors of a wrong row. */
    public record RowResult(int line, String externalId, String status, List<FieldError> errors) {

        public String errorText() {
            return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        }
    }

    public long count(String status) {
        return rows.stream().filter(r -> r.status().equals(status)).count();
    }

    public List<RowResult> failed() {
        return rows.stream().filter(r -> r.status().equals("error")).toList();
    }
}
