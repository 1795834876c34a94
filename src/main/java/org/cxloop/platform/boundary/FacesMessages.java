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
            String key = "field-error." + error.code();
            String text = Messages.has(key) ? Messages.text(locale, key) : error.message();
            add(FacesMessage.SEVERITY_ERROR, Messages.text(locale, "field." + error.field()) + ": " + text);
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
