package org.cxloop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cxloop.platform.boundary.FacesMessages;

/** The login page and logout. */
@Named
@RequestScoped
public class LoginView {

    static final String HOME = "/app/index.xhtml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String typed = password == null ? "" : password;
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(typed)))
                .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession(false);
            Object saved = session == null ? null : session.getAttribute(CxAuthenticationMechanism.SAVED_PAGE);
            if (session != null) {
                session.removeAttribute(CxAuthenticationMechanism.SAVED_PAGE);
            }
            String target = saved instanceof String page && page.startsWith("/") && !page.startsWith("//")
                    ? page : HOME;
            external.redirect(request.getContextPath() + target);
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        LoginResult result = (LoginResult) request.getAttribute(LoginResult.REQUEST_ATTRIBUTE);
        if (result != null && result.outcome() == LoginResult.Outcome.LOCKED) {
            FacesMessages.error("login.locked", TIME.format(result.lockedUntil()));
        } else {
            FacesMessages.error("login.invalid");
        }
    }

    /** Sends a signed-in user who opens the login page straight to the back office. */
    public void redirectIfSignedIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRemoteUser() != null) {
            external.redirect(external.getRequestContextPath() + HOME);
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
