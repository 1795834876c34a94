package org.cxloop.customer.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cxloop.customer.entity.Customer;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.Messages;
import org.cxloop.platform.control.ProblemException;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Customers: search by id, e-mail or phone and segment, edit contact preferences and consent, import CSV. */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_CSV_CHARS = 2_000_000;

    @Inject
    transient Customers customers;

    private String text;
    private String segment;
    private CustomerData form = new CustomerData();
    private boolean editing;
    private String csv;
    private ImportReport report;

    private final LazyDataModel<Customer> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, customers.count(text, segment));
        }

        @Override
        public List<Customer> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return customers.search(text, segment, first, pageSize);
        }

        @Override
        public String getRowKey(Customer customer) {
            return customer.getExternalId();
        }

        @Override
        public Customer getRowData(String rowKey) {
            return customers.byExternalId(rowKey).orElse(null);
        }
    };

    /** The table shows the data again (PrimeFaces keeps a lazy page until told otherwise). */
    public void refresh() {
        model.setWrappedData(null);
    }

    public void startNew() {
        form = new CustomerData();
        form.language = FacesMessages.locale().getLanguage();
        editing = false;
    }

    public void startEdit(Customer customer) {
        form = CustomerData.of(customer);
        editing = true;
    }

    public void save() {
        try {
            if (editing) {
                customers.save(form, actor());
            } else {
                customers.create(form, actor());
            }
            FacesMessages.info("customers.saved", form.externalId);
            refresh();
            PrimeFaces.current().executeScript("PF('customerDialog').hide()");
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    public void startImport() {
        csv = null;
        report = null;
    }

    public void importCsv() {
        report = null;
        if (csv == null || csv.isBlank()) {
            FacesMessages.error("problem.csv-empty.detail");
            return;
        }
        if (csv.length() > MAX_CSV_CHARS) {
            FacesMessages.error("customers.import.tooLarge", MAX_CSV_CHARS / 1_000_000);
            return;
        }
        try {
            report = customers.importCsv(csv, actor());
            refresh();
            if (report.applied()) {
                FacesMessages.info("customers.import.done", report.count("created"), report.count("updated"));
            } else {
                FacesMessages.error("customers.import.failed", report.failed().size());
            }
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    /** A row's errors in the screen's language. */
    public String errors(ImportReport.RowResult row) {
        var locale = FacesMessages.locale();
        return String.join("; ", row.errors().stream().map(e -> describe(locale, e)).toList());
    }

    private static String describe(java.util.Locale locale, FieldError error) {
        String field = error.field().isEmpty() ? Messages.text(locale, "customers.import.row")
                : FacesMessages.label(locale, error.field());
        return field + ": " + FacesMessages.message(locale, error);
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<String> getSegments() {
        return customers.segments();
    }

    public LazyDataModel<Customer> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment == null || segment.isBlank() ? null : segment;
    }

    public CustomerData getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getColumns() {
        return String.join(",", List.of("externalId", "email", "phone", "segment", "language", "channel", "quietFrom",
                "quietTo", "consent", "consentPolicy"));
    }
}
