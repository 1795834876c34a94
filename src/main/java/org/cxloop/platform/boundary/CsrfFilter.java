package org.cxloop.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.cxloop.platform.control.CsrfTokens;
import org.cxloop.platform.control.Html;
import org.cxloop.platform.control.Messages;
import org.cxloop.platform.control.Problems;

/**
 * CSRF protection for every state-changing request that a browser could be tricked into sending: the session's
 * token must come back as form field {@code _csrf} (added to every JSF form) or header {@code X-CSRF-Token}, and a
 * present Origin header must be this server. API requests with a bearer token or without a session carry no
 * ambient credentials and are exempt. Refusals are 403: a localised page on screens, problem+json on the API.
 */
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || isBearer(request) || isSessionlessApiCall(request)
                || isAllowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "CSRF check refused " + request.getMethod() + " " + request.getRequestURI());
        refuse(request, response);
    }

    private static boolean isBearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && WebRequests.path(request).startsWith("/api/")
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** An API call without a session carries no ambient credentials: nothing to forge (it will get a 401). */
    private static boolean isSessionlessApiCall(HttpServletRequest request) {
        return WebRequests.path(request).startsWith("/api/") && request.getSession(false) == null;
    }

    private static boolean isAllowed(HttpServletRequest request) {
        if (!sameOrigin(request)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfTokens.SESSION_ATTRIBUTE);
        String presented = request.getHeader(CsrfTokens.HEADER);
        if (presented == null) {
            presented = request.getParameter(CsrfTokens.PARAMETER);
        }
        return expected instanceof String token && CsrfTokens.matches(token, presented);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI uri = URI.create(origin.trim());
            int port = uri.getPort() == -1 ? ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = WebRequests.locale(request);
        response.setStatus(403);
        response.setCharacterEncoding("UTF-8");
        if (WebRequests.path(request).startsWith("/api/")) {
            response.setContentType(Problems.MEDIA_TYPE);
            response.getWriter().write(Problems.json(locale, 403, "csrf-token-invalid", WebRequests.path(request),
                    null));
            return;
        }
        response.setContentType("text/html");
        String title = Messages.text(locale, "csrf.title");
        String text = Messages.text(locale, "csrf.text");
        String again = Messages.text(locale, "csrf.again");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + Html.escape(title) + "</title></head><body><h1>" + Html.escape(title) + "</h1><p>"
                + Html.escape(text) + "</p><p><a href=\"" + Html.escape(request.getContextPath()) + "/app/index.xhtml\">"
                + Html.escape(again) + "</a></p></body></html>");
    }
}
