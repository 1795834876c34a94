package org.cxloop.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cxloop.platform.boundary.WebRequests;

/**
 * The one authentication mechanism of CX Loop (Jakarta Security allows one per application):
 * <ul>
 * <li>{@code /api/*} with {@code Authorization: Bearer <token>}: stateless, checked on every request;
 *     a bad token marks the request, and the API answers it 401 problem+json whatever the resource (the
 *     containers would replace a body written here with their own error page);</li>
 * <li>screens: form login through {@code SecurityContext.authenticate} from the login page; the caller is then
 *     kept in the HTTP session (new session id after login) and re-checked against the database every minute,
 *     so a deactivated user or a changed role takes effect without waiting for the session to end;</li>
 * <li>a protected page without a caller redirects to the login page (a Faces Ajax request gets a partial-response
 *     redirect), remembering the page for after the login.</li>
 * </ul>
 */
@ApplicationScoped
public class CxAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_CALLER = "cxloop.caller";
    public static final String SAVED_PAGE = "cxloop.savedPage";
    static final Duration RECHECK = Duration.ofSeconds(60);

    @Inject
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = WebRequests.path(request);
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return formLogin(request, context, password);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && path.startsWith("/api/")) {
            return bearer(request, response, context, authorization);
        }
        Optional<Caller> caller = sessionCaller(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
        }
        if (!context.isProtected() || path.startsWith("/api/")) {
            // the API answers a missing or wrong credential itself, as problem+json (ApiAuthorizationFilter)
            return context.doNothing();
        }
        return toLoginPage(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           UsernamePasswordCredential credential) {
        LoginResult result = authenticator.login(credential.getCaller(), credential.getPassword().getValue());
        request.setAttribute(LoginResult.REQUEST_ATTRIBUTE, result);
        if (result.outcome() != LoginResult.Outcome.OK) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session = request.getSession(true);
        session.setAttribute(SESSION_CALLER, result.caller());
        return context.notifyContainerAboutLogin(result.caller().name(), result.caller().groups());
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, String authorization) {
        Optional<Caller> caller = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authenticator.token(authorization.substring(7).trim())
                : Optional.empty();
        if (caller.isEmpty()) {
            request.setAttribute(WebRequests.INVALID_CREDENTIALS, Boolean.TRUE);
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
    }

    private Optional<Caller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_CALLER) instanceof Caller caller)) {
            return Optional.empty();
        }
        if (caller.checkedAt().plus(RECHECK).isAfter(Instant.now())) {
            return Optional.of(caller);
        }
        Optional<Caller> current = authenticator.recheck(caller.name());
        if (current.isPresent()) {
            session.setAttribute(SESSION_CALLER, current.get());
        } else {
            session.invalidate();
        }
        return current;
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String path = WebRequests.path(request);
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + "/login.xhtml" + (expired ? "?expired=true" : "");
        if (WebRequests.isAjax(request)) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login + "\"></redirect></partial-response>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(SAVED_PAGE, path + (query == null ? "" : "?" + query));
        }
        return context.redirect(login);
    }
}
