package org.cxloop.platform.boundary;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.cxloop.platform.control.CsrfTokens;

/** Every session gets its CSRF token when it is created, so concurrent first requests agree on it. */
@WebListener
public class CsrfSessionListener implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setAttribute(CsrfTokens.SESSION_ATTRIBUTE, CsrfTokens.newToken());
    }
}
