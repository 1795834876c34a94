package org.cxloop.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.Messages;
import org.cxloop.platform.control.ProblemException;

/** Localised messages for the screens, including the field errors of a {@link ProblemException}. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Messages.text(locale(), key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, Messages.text(locale(), key, arguments));
    }

    public static void problem(ProblemException problem) {
        Locale locale = locale();
        if (problem.fieldErrors().isEmpty()) {
            add(FacesMessage.SEVERITY_ERROR, Messages.text(locale, "problem." + problem.code() + ".detail",
                    problem.arguments()));
            return;
        }
        for (FieldError error : problem.fieldErrors()) {
            add(FacesMessage.SEVERITY_ERROR, label(locale, error.field()) + ": " + message(locale, error));
        }
    }

    /** What is wrong with a field, in the screen's language where the bundle has the code. */
    public static String message(Locale locale, FieldError error) {
        String key = "field-error." + error.code();
        return Messages.has(key) ? Messages.text(locale, key) : error.message();
    }

    /** "Question 2 › Polish" for questions[1].text.pl: each part of the path by its bundle label. */
    public static String label(Locale locale, String field) {
        StringBuilder label = new StringBuilder();
        for (String part : field.split("\\.")) {
            java.util.regex.Matcher indexed = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)\\]").matcher(part);
            String text = indexed.matches()
                    ? Messages.text(locale, "field." + indexed.group(1)) + " " + (Integer.parseInt(indexed.group(2)) + 1)
                    : Messages.has("field." + part) ? Messages.text(locale, "field." + part) : part;
            label.append(label.length() == 0 ? "" : " › ").append(text);
        }
        return label.toString();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
