package org.cxloop.platform.control;

import java.util.Locale;

/**
 * The language of the request being served, so that validation messages produced deep in an EJB come out in the
 * language of the screen or of the API caller's Accept-Language. Set by the language filter for each request.
 */
public final class RequestLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private RequestLocale() {
    }

    public static Locale get() {
        Locale locale = CURRENT.get();
        return locale == null ? Locale.ENGLISH : locale;
    }

    public static void set(Locale locale) {
        CURRENT.set(locale);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
