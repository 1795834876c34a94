package org.cxloop.survey.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxloop.customer.boundary.Customers;
import org.cxloop.customer.entity.Customer;
import org.cxloop.platform.boundary.FacesMessages;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.Csv;
import org.cxloop.survey.entity.Invitation;
import org.cxloop.survey.entity.Survey;

/**
 * Surveys › invite: pick customers (search, segment) or paste a CSV list, send each a personal link by e-mail, and
 * see what became of every invitation (sent, opened, completed, bounced; reminded).
 */
@Named
@ViewScoped
public class InviteView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_LIST = InvitationsResource.MAX_PER_CALL;

    /** One line of the result table. */
    public record Result(String externalId, String email, String status, String reason) implements Serializable {
    }

    /** One recipient from the screen, before sending. */
    record Recipient(String externalId, String email, String language) {
    }

    @Inject
    transient Surveys surveys;

    @Inject
    transient Customers customers;

    @Inject
    transient Invitations invitations;

    private String code;
    private Survey survey;
    private String text;
    private String segment;
    private List<Customer> matches = new ArrayList<>();
    private List<Customer> selected = new ArrayList<>();
    private String csv;
    private List<Result> results;

    public void load() throws IOException {
        survey = code == null ? null : surveys.byCode(code).orElse(null);
        if (survey == null) {
            FacesMessages.error("problem.survey-not-found.detail", code);
            FacesContext.getCurrentInstance().getExternalContext().redirect("index.xhtml");
        }
    }

    public void search() {
        matches = customers.search(text, segment, 0, 200);
    }

    public void send() {
        results = null;
        if (!survey.acceptsResponses()) {
            FacesMessages.error("problem.survey-not-active.detail");
            return;
        }
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        List<Result> refused = new ArrayList<>();
        for (Customer c : selected) {
            recipients.put(c.getExternalId(), new Recipient(c.getExternalId(), c.getEmail(), c.getLanguage()));
        }
        if (csv != null && !csv.isBlank()) {
            if (!readList(recipients, refused)) {
                return;
            }
        }
        if (recipients.isEmpty() && refused.isEmpty()) {
            FacesMessages.error("invite.nobody");
            return;
        }
        if (recipients.size() > MAX_LIST) {
            FacesMessages.error("invite.tooMany", MAX_LIST);
            return;
        }
        String base = baseUrl();
        List<Result> done = new ArrayList<>(refused);
        for (Recipient r : recipients.values()) {
            if (r.email() == null || !InvitationsResource.EMAIL.matcher(r.email()).matches()) {
                done.add(new Result(r.externalId(), r.email(), "skipped", "no-email"));
                continue;
            }
            Invitations.Outcome outcome = invitations.invite(survey, r.externalId(), r.email(), r.language(), base);
            done.add(new Result(r.externalId(), r.email(), outcome.status(), outcome.reason()));
        }
        results = done;
        selected = new ArrayList<>();
        FacesMessages.info("invite.done", done.stream().filter(r -> r.status().equals("sent")).count(), done.size());
    }

    /** externalId,email[,language] with a header row; wrong lines are reported, not sent. */
    private boolean readList(Map<String, Recipient> recipients, List<Result> refused) {
        List<Csv.Row> rows;
        try {
            List<String> header = Csv.header(csv);
            if (!header.contains("externalid") || !header.contains("email")) {
                FacesMessages.error("invite.csv.header");
                return false;
            }
            rows = Csv.read(csv, MAX_LIST);
        } catch (Csv.Unreadable e) {
            FacesMessages.error("problem." + e.getMessage() + ".detail", MAX_LIST);
            return false;
        }
        for (Csv.Row row : rows) {
            String externalId = row.value("externalid");
            String email = row.value("email");
            String language = row.value("language");
            language = language == null ? null : language.toLowerCase(Locale.ROOT);
            if (externalId == null || !InvitationsResource.EXTERNAL_ID.matcher(externalId).matches()) {
                refused.add(new Result(String.valueOf(row.line()), email, "error", "invalid-external-id"));
            } else if (email == null || !InvitationsResource.EMAIL.matcher(email).matches()) {
                refused.add(new Result(externalId, email, "error", "invalid-email"));
            } else if (language != null && !language.equals("pl") && !language.equals("en")) {
                refused.add(new Result(externalId, email, "error", "unknown-language"));
            } else {
                recipients.put(externalId, new Recipient(externalId, email, language));
            }
        }
        return true;
    }

    private static String baseUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String here = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
        return Config.value("CXLOOP_PUBLIC_URL", here).replaceFirst("/$", "");
    }

    public String reason(String reason) {
        return reason == null ? "" : org.cxloop.platform.control.Messages.text(FacesMessages.locale(), "invite.reason." + reason);
    }

    public Map<Invitation.Status, Long> getCounts() {
        return invitations.countsByStatus(survey.getId());
    }

    public List<Invitation> getRecent() {
        return invitations.ofSurvey(survey.getId(), 100);
    }

    public String customerOf(Invitation invitation) {
        return customers.byId(invitation.getCustomerId()).map(Customer::getExternalId).orElse("");
    }

    public String getTitle() {
        return survey == null ? "" : survey.title(FacesMessages.locale());
    }

    public Survey getSurvey() {
        return survey;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public List<String> getSegments() {
        return customers.segments();
    }

    public List<Customer> getMatches() {
        return matches;
    }

    public List<Customer> getSelected() {
        return selected;
    }

    public void setSelected(List<Customer> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public List<Result> getResults() {
        return results;
    }
}
