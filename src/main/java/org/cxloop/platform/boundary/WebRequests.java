package org.cxloop.platform.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import org.cxloop.platform.control.CsrfTokens;
import org.cxloop.platform.control.Languages;

/** What the web tier needs to know about a request: its language and its CSRF token. */
public final class WebRequests {

    public static final String LANGUAGE_ATTRIBUTE = "cxloop.language";
    public static final String LANGUAGE_COOKIE = "cxloop_lang";
    /** Request attribute: credentials were presented and are wrong (an unknown or revoked API token). */
    public static final String INVALID_CREDENTIALS = "cxloop.invalidCredentials";

    private WebRequests() {
    }

    public static Locale locale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(LANGUAGE_ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return Languages.resolve(cookie(request, LANGUAGE_COOKIE), Collections.list(request.getLocales()));
    }

    /** The session's CSRF token; {@link CsrfSessionListener} gives every new session one. */
    public static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(CsrfTokens.SESSION_ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        String created = CsrfTokens.newToken();
        session.setAttribute(CsrfTokens.SESSION_ATTRIBUTE, created);
        return created;
    }

    public static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }
}
