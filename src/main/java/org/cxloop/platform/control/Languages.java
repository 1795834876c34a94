package org.cxloop.platform.control;

import java.util.List;
import java.util.Locale;

/** The languages CX Loop speaks (English, the default, and Polish) and how a request's choice is resolved. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale POLISH = Locale.forLanguageTag("pl");
    public static final List<Locale> ALL = List.of(ENGLISH, POLISH);

    private Languages() {
    }

    /** The supported locale for a language tag such as "pl", "pl-PL" or "en"; null when not supported. */
    public static Locale parse(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Locale locale : ALL) {
            if (locale.getLanguage().equals(language)) {
                return locale;
            }
        }
        return null;
    }

    public static Locale supported(Locale locale) {
        Locale found = locale == null ? null : parse(locale.toLanguageTag());
        return found == null ? ENGLISH : found;
    }

    /**
     * Picks the language: an explicit choice first (from the switch or a cookie), then the first supported
     * language the browser prefers, then English.
     */
    public static Locale resolve(String explicitChoice, Iterable<Locale> browserPreferences) {
        Locale chosen = parse(explicitChoice);
        if (chosen != null) {
            return chosen;
        }
        if (browserPreferences != null) {
            for (Locale preferred : browserPreferences) {
                Locale found = preferred == null ? null : parse(preferred.toLanguageTag());
                if (found != null) {
                    return found;
                }
            }
        }
        return ENGLISH;
    }
}
