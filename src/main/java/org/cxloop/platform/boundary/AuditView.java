package org.cxloop.platform.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cxloop.platform.entity.AuditEntry;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Administration › Audit log: newest first, paged in the database. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog auditLog;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.count());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return auditLog.recent(first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }
}
