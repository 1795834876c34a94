package org.cxloop.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxloop.customer.boundary.Customers;
import org.cxloop.customer.entity.Customer;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.survey.control.ResponseFilter;
import org.cxloop.survey.control.ResponseParser;
import org.cxloop.survey.entity.Survey;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Surveys › responses: a lazy, filtered list of responses, newest first, with the whole comment on demand. */
@Named
@ViewScoped
public class ResponsesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One response as the table shows it. */
    public record Row(long id, Instant submittedAt, String survey, String touchpoint, Integer nps, Integer csat,
                      Integer ces, String channel, String language, String customer, String comment)
            implements Serializable {
    }

    @Inject
    transient Responses responses;

    @Inject
    transient Surveys surveys;

    @Inject
    transient Touchpoints touchpoints;

    @Inject
    transient Customers customers;

    private final ResponseFilter filter = new ResponseFilter();
    private Row selected;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, responses.count(filter));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            Locale locale = FacesMessages.locale();
            Map<Long, String> surveyCodes = new HashMap<>();
            Map<Long, String> touchpointNames = new HashMap<>();
            return responses.search(filter, first, pageSize).stream().map(r -> new Row(r.getId(), r.getSubmittedAt(),
                    surveyCodes.computeIfAbsent(r.getSurveyId(), id -> surveys.byId(id).map(Survey::getCode).orElse("")),
                    touchpointNames.computeIfAbsent(r.getTouchpointId(),
                            id -> touchpoints.byId(id).map(t -> t.name(locale)).orElse("")),
                    r.getNps(), r.getCsat(), r.getCes(), r.getChannel(), r.getLanguage(),
                    customers.byId(r.getCustomerId()).map(Customer::getExternalId).orElse(""),
                    r.getComment())).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public ResponseFilter getFilter() {
        return filter;
    }

    public List<Survey> getSurveys() {
        return surveys.all();
    }

    public List<Touchpoint> getTouchpoints() {
        return touchpoints.all();
    }

    public List<String> getChannels() {
        return ResponseParser.CHANNELS.stream().sorted().toList();
    }

    /** Opens the list narrowed to one survey, as linked from the survey list ({@code ?survey=code}). */
    public void preselect(String surveyCode) {
        if (surveyCode != null && filter.getSurveyId() == null) {
            surveys.byCode(surveyCode).ifPresent(s -> filter.setSurveyId(s.getId()));
        }
    }

    public void show(Row row) {
        selected = row;
    }

    public Row getSelected() {
        return selected;
    }

    public String preview(String comment) {
        return comment == null || comment.length() <= 120 ? comment : comment.substring(0, 119) + "…";
    }
}
