package org.cxloop.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.cxloop.platform.control.ProblemException;

/**
 * Deny by default: an API method needs an authenticated caller unless it is {@code @PermitAll}, and one of the
 * roles of its {@code @RolesAllowed} (method first, then class). Answers 401 or 403 as problem+json; a request
 * with a wrong API token is refused everywhere, even where no authentication is needed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorizationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (servletRequest != null && servletRequest.getAttribute(WebRequests.INVALID_CREDENTIALS) != null) {
            throw new ProblemException(401, "invalid-token");
        }
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method == null || resource == null) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (method.isAnnotationPresent(PermitAll.class)
                || roles == null && resource.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (roles == null) {
            roles = resource.getAnnotation(RolesAllowed.class);
        }
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            throw new ProblemException(401, "unauthorized");
        }
        if (roles == null) {
            return;
        }
        for (String role : roles.value()) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        throw new ProblemException(403, "forbidden");
    }

    /** Every 401 names the scheme it wants (RFC 9110), whichever way the answer was made. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401 && !response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cxloop\"");
        }
    }
}
