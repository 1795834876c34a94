package org.cxloop.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one place texts come from: {@code messages.properties} (English) and {@code messages_pl.properties}. */
public final class Messages {

    public static final String BUNDLE = "messages";

    /** English is the base bundle: a Polish server must not answer English requests in Polish. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Languages.supported(locale), Messages.class.getClassLoader(),
                NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader(), NO_FALLBACK).containsKey(key);
    }
}
