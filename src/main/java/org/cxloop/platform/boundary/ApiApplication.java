package org.cxloop.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integration API, version 1: {@code /cxloop/api/v1}. Resources and providers are discovered. */
@ApplicationPath("api/v1")
@DeclareRoles({"cx-admin", "cx-analyst", "cx-agent", "cx-integration"})
public class ApiApplication extends Application {
}
