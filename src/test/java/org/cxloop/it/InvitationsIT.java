package org.cxloop.it;

import static org.cxloop.it.ApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail invitations through the server's real mail session to a real SMTP server (GreenMail in the test JVM, at
 * 127.0.0.1:3025 as the pom tells the server): personal link, one answer per link, contact fatigue.
 */
class InvitationsIT extends DeployedWarIT {

    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private Http.Answer invite(String json) {
        return new Http(root).json("POST", "/api/v1/invitations", json, "Authorization", "Bearer " + ItSupport.apiToken());
    }

    @Test
    void anInvitationArrivesInTheCustomersLanguageItsLinkIsAnsweredOnceAndFatigueHolds() throws Exception {
        String customer = ItSupport.unique("INV-");
        String email = customer.toLowerCase() + "@example.com";
        Http.Answer sent = invite("{\"survey\":\"ces-service\",\"customers\":[{\"externalId\":\"" + customer
                + "\",\"email\":\"" + email + "\",\"language\":\"pl\"}]}");
        assertEquals(200, sent.status(), sent.body());
        JsonObject result = sent.json().getJsonArray("results").getJsonObject(0);
        assertEquals("sent", result.getString("status"), sent.body());

        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "the e-mail arrives");
        MimeMessage mail = null;
        for (MimeMessage received : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(received.getAllRecipients()).contains(email)) {
                mail = received;
            }
        }
        assertTrue(mail != null, "the e-mail went to " + email);
        assertEquals("Twoja opinia: Jak łatwo było załatwić Twoją sprawę?", mail.getSubject());
        String body = mail.getContent().toString();
        assertTrue(body.contains("Link jest osobisty"), body);
        Matcher link = Pattern.compile("http://[^\\s]+/cxloop(/s/[A-Za-z0-9_-]{22})").matcher(body);
        assertTrue(link.find(), body);
        String path = link.group(1);

        Http customerBrowser = new Http(root);
        Http.Answer form = customerBrowser.get(path);
        assertEquals(200, form.status());
        assertTrue(form.body().contains("Jak łatwo było załatwić Twoją sprawę?"));
        Http.Answer answered = customerBrowser.submit(path, "/public/form.xhtml", "form",
                Map.of("form:q:0:scale", "6", "form:q:1:text", "Szybko i sprawnie"), "form:submit", true);
        assertEquals(302, answered.status(), answered.body());

        Http.Answer again = new Http(root).get(path);
        assertTrue(again.body().contains("została już wypełniona"), "a personal link is answered once");

        Http.Answer tooSoon = invite("{\"survey\":\"nps-relationship\",\"customers\":[{\"externalId\":\"" + customer
                + "\",\"email\":\"" + email + "\"}]}");
        JsonObject skipped = tooSoon.json().getJsonArray("results").getJsonObject(0);
        assertEquals("skipped", skipped.getString("status"));
        assertEquals("contact-fatigue", skipped.getString("reason"));
    }

    private java.util.List<MimeMessage> mailsTo(String email) throws Exception {
        java.util.List<MimeMessage> mails = new java.util.ArrayList<>();
        for (MimeMessage received : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(received.getAllRecipients()).contains(email)) {
                mails.add(received);
            }
        }
        return mails;
    }

    /** The tests' server counts a reminder "day" as one second (CXLOOP_REMINDER_DAY_SECONDS=1). */
    @Test
    void oneReminderFollowsAnUnansweredInvitationAfterTheSurveysDelayWithTheSameLink() throws Exception {
        Admin admin = new Admin(root);
        String code = ItSupport.unique("remind-").toLowerCase();
        Http.Answer created = admin.api("POST", "/api/v1/surveys", "{\"code\":\"" + code + "\",\"type\":\"csat\","
                + "\"touchpoint\":\"delivery\",\"reminderDays\":3,\"status\":\"draft\",\"title\":{\"pl\":\"Dostawa kuriera\","
                + "\"en\":\"Courier delivery\"},\"questions\":[{\"code\":\"csat\",\"kind\":\"rating_5\",\"required\":true,"
                + "\"text\":{\"pl\":\"Jak oceniasz dostawę?\",\"en\":\"How was the delivery?\"}}]}");
        assertEquals(201, created.status(), created.body());
        String activate = created.json().toString().replace("\"status\":\"draft\"", "\"status\":\"active\"");
        assertEquals(200, admin.api("PUT", "/api/v1/surveys/" + code, activate).status());

        String customer = ItSupport.unique("REM-");
        String email = customer.toLowerCase() + "@example.com";
        Http.Answer sent = invite("{\"survey\":\"" + code + "\",\"customers\":[{\"externalId\":\"" + customer
                + "\",\"email\":\"" + email + "\",\"language\":\"en\"}]}");
        assertEquals("sent", sent.json().getJsonArray("results").getJsonObject(0).getString("status"), sent.body());
        assertTrue(smtp.waitForIncomingEmail(15_000, 1));
        String body = mailsTo(email).get(0).getContent().toString();
        Matcher link = Pattern.compile("(/s/[A-Za-z0-9_-]{22})").matcher(body);
        assertTrue(link.find(), body);

        assertEquals(200, admin.api("POST", "/api/v1/invitations/reminders", null).status());
        assertEquals(1, mailsTo(email).size(), "no reminder before the delay");

        Thread.sleep(3_500);
        Http.Answer due = admin.api("POST", "/api/v1/invitations/reminders", null);
        assertEquals(200, due.status(), due.body());
        assertTrue(due.json().getInt("sent") >= 1, due.body());
        java.util.List<MimeMessage> mails = mailsTo(email);
        assertEquals(2, mails.size(), "one reminder");
        assertEquals("Reminder: Courier delivery", mails.get(1).getSubject());
        assertTrue(mails.get(1).getContent().toString().contains(link.group(1)), "the reminder carries the same link");

        admin.api("POST", "/api/v1/invitations/reminders", null);
        assertEquals(2, mailsTo(email).size(), "never a second reminder");
    }

    @Test
    void theInvitationScreenSendsToAPastedListAndReportsEachCustomerInPolish() throws Exception {
        Http session = new Http(root);
        assertEquals(302, session.login("admin", ItSupport.adminPassword()).status());
        String good = ItSupport.unique("SCRINV-");
        String email = good.toLowerCase() + "@example.com";
        String list = "externalId,email,language\n" + good + "," + email + ",pl\n"
                + ItSupport.unique("SCRINV-") + ",<img src=x onerror=alert(1)>,pl\n";
        Http.Answer page = session.submit("/app/surveys/invite.xhtml?survey=csat-delivery&lang=pl", "invite",
                Map.of("invite:csv", list), "invite:send", true);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Wysłano 1 z 2 zaproszeń."), page.body());
        assertTrue(page.body().contains("błędny adres e-mail"), "the wrong line is reported");
        assertTrue(!page.body().contains("<img src=x"), "markup from the list is shown as text");
        assertTrue(smtp.waitForIncomingEmail(15_000, 1));
        assertEquals(1, mailsTo(email).size(), "the listed customer got the e-mail");
        assertEquals("Twoja opinia: Jak oceniasz dostawę?", mailsTo(email).get(0).getSubject());
    }

    @Test
    void customersWhoDoNotWantContactAreNotInvited() {
        String customer = ItSupport.unique("OPT-");
        Http.Answer put = new Http(root).json("PUT", "/api/v1/customers/" + customer, "{\"email\":\""
                + customer.toLowerCase() + "@example.com\",\"contact\":{\"channel\":\"none\"}}",
                "Authorization", "Bearer " + ItSupport.apiToken());
        assertEquals(201, put.status(), put.body());
        Http.Answer result = invite("{\"survey\":\"nps-relationship\",\"customers\":[{\"externalId\":\"" + customer
                + "\",\"email\":\"" + customer.toLowerCase() + "@example.com\"}]}");
        JsonObject skipped = result.json().getJsonArray("results").getJsonObject(0);
        assertEquals("skipped", skipped.getString("status"), result.body());
        assertEquals("contact-opt-out", skipped.getString("reason"));
    }

    @Test
    void badInvitationRequestsAreRefusedNamingTheField() {
        assertProblem(invite("{\"survey\":\"no-such\",\"customers\":[{\"externalId\":\"a\",\"email\":\"a@b.c\"}]}"),
                400, "validation-failed");
        assertProblem(invite("{\"survey\":\"ces-service\",\"customers\":[]}"), 400, "validation-failed");
        Http.Answer hostile = invite("{\"survey\":\"ces-service\",\"customers\":[{\"externalId\":\"x\\u0000\","
                + "\"email\":\"<script>@\"},{\"externalId\":\"ok\",\"email\":\"ok@example.com\",\"language\":\"de\"}]}");
        assertProblem(hostile, 400, "validation-failed");
        assertTrue(hostile.body().contains("customers[0].externalId") && hostile.body().contains("customers[0].email")
                && hostile.body().contains("customers[1].language"), hostile.body());
        assertProblem(invite("{\"survey\": 5"), 400, "malformed-json");
        assertProblem(new Http(root).json("POST", "/api/v1/invitations", "{}"), 401, "unauthorized");
    }
}
