package org.cxloop.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.cxloop.platform.control.Languages;
import org.cxloop.platform.control.RequestLocale;

/**
 * The language switch: {@code ?lang=pl} or {@code ?lang=en} on any page stores the choice in the session and in a
 * cookie (a display preference, so a plain link is enough). Without a choice the browser's language decides.
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        Locale chosen = Languages.parse(requested);
        if (chosen != null) {
            request.getSession(true).setAttribute(WebRequests.LANGUAGE_ATTRIBUTE, chosen);
            Cookie cookie = new Cookie(WebRequests.LANGUAGE_COOKIE, chosen.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        RequestLocale.set(chosen != null ? chosen : WebRequests.locale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestLocale.clear();
        }
    }
}
