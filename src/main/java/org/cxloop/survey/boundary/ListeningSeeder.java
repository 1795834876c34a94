package org.cxloop.survey.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.cxloop.journey.boundary.Touchpoints;
import org.cxloop.journey.entity.Touchpoint;
import org.cxloop.journey.entity.Touchpoint.Stage;
import org.cxloop.platform.boundary.StartupCompleted;
import org.cxloop.survey.control.SurveyTemplates;
import org.cxloop.survey.entity.Survey;

/**
 * Seed data for listening: the touchpoints of a typical online-retail journey and ready NPS, CSAT and CES surveys
 * in Polish and English. Codes are stable; existing rows are left as they are (an administrator may have changed
 * them).
 */
@Stateless
public class ListeningSeeder {

    @Inject
    Touchpoints touchpoints;

    @Inject
    Surveys surveys;

    public void seed(@Observes StartupCompleted startup) {
        Touchpoint order = touchpoints.ensure(new Touchpoint("online-order", "Zamówienie w sklepie internetowym",
                "Online order", Stage.PURCHASE, 10));
        Touchpoint delivery = touchpoints.ensure(new Touchpoint("delivery", "Dostawa", "Delivery", Stage.DELIVERY, 20));
        Touchpoint service = touchpoints.ensure(new Touchpoint("customer-service", "Obsługa klienta",
                "Customer service", Stage.SUPPORT, 30));
        touchpoints.ensure(new Touchpoint("returns", "Zwroty i reklamacje", "Returns and complaints", Stage.SUPPORT, 40));
        Instant now = Instant.now();
        activate(SurveyTemplates.nps("nps-relationship", order.getId(), now));
        activate(SurveyTemplates.csat("csat-delivery", delivery.getId(), now));
        activate(SurveyTemplates.ces("ces-service", service.getId(), now));
        surveys.ensurePublicTokens();
    }

    private void activate(Survey template) {
        if (surveys.byCode(template.getCode()).isEmpty()) {
            template.activate();
            surveys.ensure(template);
        }
    }
}
