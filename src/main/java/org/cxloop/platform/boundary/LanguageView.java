package org.cxloop.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the page being rendered, and the links of the language switch. */
@Named("language")
@RequestScoped
public class LanguageView {

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = WebRequests.locale(request);
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isPolish() {
        return "pl".equals(getCode());
    }

    /** The current page's address with the language switched (query string dropped: pages take no GET state). */
    public String switchTo(String language) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return request.getContextPath() + viewId + "?lang=" + ("pl".equals(language) ? "pl" : "en");
    }
}
