package org.cxloop.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.cxloop.platform.control.ProblemException;

/**
 * A method that consumes a body answers 415 when the request names no media type at all. (RESTEasy does so by
 * itself, Jersey would pass such a request through; the API must behave the same on every server.)
 */
@Provider
@Priority(Priorities.USER)
public class ContentTypeRequired implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo.getResourceMethod() != null
                && resourceInfo.getResourceMethod().isAnnotationPresent(Consumes.class)
                && request.getMediaType() == null) {
            throw new ProblemException(415, "unsupported-media-type");
        }
    }
}
