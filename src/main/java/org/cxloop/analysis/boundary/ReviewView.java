package org.cxloop.analysis.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxloop.analysis.control.ReviewFilter;
import org.cxloop.analysis.entity.CommentAnalysis;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.ProblemException;
import org.cxloop.survey.boundary.RecentComment;
import org.cxloop.survey.boundary.Responses;
import org.cxloop.taxonomy.boundary.Categories;
import org.cxloop.taxonomy.entity.Category;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Review: the comments whose analysis waits for a person (or any other status), page by page from the database.
 * Choose one, set its sentiment (keys P, N, U) and categories, save (S) or accept the suggestion (A); accept
 * several at once. Every change is in the audit log.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line: the analysis and its comment. */
    public record Row(CommentAnalysis analysis, String comment, boolean negativeScore) implements Serializable {
    }

    @Inject
    transient Analyses analyses;

    @Inject
    transient Responses responses;

    @Inject
    transient Categories categories;

    private final ReviewFilter filter = new ReviewFilter();
    private List<Row> selected = new ArrayList<>();
    private Row current;
    private String sentiment;
    private List<String> chosenCategories = new ArrayList<>();

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, analyses.count(filter));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return analyses.search(filter, first, pageSize).stream().map(ReviewView.this::row).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.analysis().getResponseId());
        }

        @Override
        public Row getRowData(String rowKey) {
            return analyses.byResponse(Long.parseLong(rowKey)).map(ReviewView.this::row).orElse(null);
        }
    };

    private Row row(CommentAnalysis analysis) {
        RecentComment comment = responses.comment(analysis.getResponseId()).orElse(null);
        return new Row(analysis, comment == null ? "" : comment.text(), comment != null && comment.negativeScore());
    }

    private Long responseId;

    /** ?response=id opens that comment for review (links from elsewhere, tests). */
    public void open() {
        if (responseId != null && current == null) {
            analyses.byResponse(responseId).map(this::row).ifPresent(this::choose);
        }
    }

    public Long getResponseId() {
        return responseId;
    }

    public void setResponseId(Long responseId) {
        this.responseId = responseId;
    }

    /** The table shows the data again (PrimeFaces keeps a lazy page until told otherwise). */
    public void refresh() {
        model.setWrappedData(null);
    }

    public void choose(Row row) {
        current = row;
        sentiment = row.analysis().getSentiment();
        chosenCategories = new ArrayList<>(row.analysis().getCategories());
    }

    public void setSentimentKey(String value) {
        if (current != null && List.of("positive", "negative", "neutral").contains(value)) {
            sentiment = value;
        }
    }

    public void save() {
        if (current == null) {
            FacesMessages.error("review.pick");
            return;
        }
        try {
            CommentAnalysis saved = analyses.review(current.analysis().getResponseId(), sentiment, chosenCategories,
                    actor());
            FacesMessages.info("review.saved", saved.getResponseId());
            current = null;
            refresh();
        } catch (ProblemException e) {
            FacesMessages.problem(e);
        }
    }

    public void acceptCurrent() {
        if (current == null) {
            FacesMessages.error("review.pick");
            return;
        }
        analyses.accept(List.of(current.analysis().getResponseId()), actor());
        FacesMessages.info("review.accepted", 1);
        current = null;
        refresh();
    }

    public void acceptSelected() {
        int accepted = analyses.accept(selected.stream().map(r -> r.analysis().getResponseId()).toList(), actor());
        FacesMessages.info("review.accepted", accepted);
        selected = new ArrayList<>();
        current = null;
        refresh();
    }

    public List<Category> getCategoryChoices() {
        return categories.published().map(v -> categories.categories(v).stream().filter(Category::isActive).toList())
                .orElse(List.of());
    }

    public long percent(Double confidence) {
        return confidence == null ? 0 : Math.round(confidence * 100);
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public ReviewFilter getFilter() {
        return filter;
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public List<Row> getSelected() {
        return selected;
    }

    public void setSelected(List<Row> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Row getCurrent() {
        return current;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
    }

    public List<String> getChosenCategories() {
        return chosenCategories;
    }

    public void setChosenCategories(List<String> chosenCategories) {
        this.chosenCategories = chosenCategories == null ? new ArrayList<>() : new ArrayList<>(chosenCategories);
    }
}
