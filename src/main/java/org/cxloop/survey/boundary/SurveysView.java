package org.cxloop.survey.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.survey.entity.Survey;

/** Surveys › list: every survey with its touchpoint, status and number of responses. */
@Named
@RequestScoped
public class SurveysView {

    /** One line of the list. */
    public record Row(Survey survey, String title, String touchpoint, long responses) {
    }

    @Inject
    Surveys surveys;

    @Inject
    Touchpoints touchpoints;

    @Inject
    Responses responses;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Locale locale = FacesMessages.locale();
            boolean polish = "pl".equals(locale.getLanguage());
            Map<Long, Long> counts = responses.countsBySurvey();
            rows = surveys.all().stream().map(s -> new Row(s, polish ? s.getTitlePl() : s.getTitleEn(),
                    touchpoints.byId(s.getTouchpointId()).map(t -> t.name(locale)).orElse(""),
                    counts.getOrDefault(s.getId(), 0L))).toList();
        }
        return rows;
    }

    public List<Touchpoint> getTouchpoints() {
        return touchpoints.all();
    }
}
