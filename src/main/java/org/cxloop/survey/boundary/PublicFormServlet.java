package org.cxloop.survey.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cxloop.platform.boundary.WebRequests;
import org.cxloop.platform.control.Languages;

/** {@code /cxloop/s/{token}}: the public survey form, without a login, under the link customers receive. */
@WebServlet(urlPatterns = "/s/*")
public class PublicFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    @Inject
    Invitations invitations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        if (!TOKEN.matcher(token).matches()) {
            response.sendError(404);
            return;
        }
        speakTheInviteesLanguage(request, token);
        request.getRequestDispatcher("/public/form.xhtml?t=" + token).forward(request, response);
    }

    /** A personal link opens in the language of the invitation unless the customer chose one. */
    private void speakTheInviteesLanguage(HttpServletRequest request, String token) {
        boolean chosen = request.getParameter("lang") != null
                || WebRequests.cookie(request, WebRequests.LANGUAGE_COOKIE) != null
                || request.getSession(false) != null
                        && request.getSession(false).getAttribute(WebRequests.LANGUAGE_ATTRIBUTE) != null;
        if (!chosen) {
            invitations.byToken(token).ifPresent(invitation -> request.getSession(true).setAttribute(
                    WebRequests.LANGUAGE_ATTRIBUTE, Languages.supported(Locale.forLanguageTag(invitation.getLanguage()))));
        }
    }
}
