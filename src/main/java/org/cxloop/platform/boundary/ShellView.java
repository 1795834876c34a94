package org.cxloop.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What the back-office frame shows about the signed-in person, and date formatting for tables. */
@Named("shell")
@RequestScoped
public class ShellView {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Inject
    HttpServletRequest request;

    public String getUsername() {
        return request.getRemoteUser();
    }

    public boolean isAdmin() {
        return request.isUserInRole("cx-admin");
    }

    /** Designs surveys, the journey and customer data: administrators and analysts. */
    public boolean isDesigner() {
        return request.isUserInRole("cx-admin") || request.isUserInRole("cx-analyst");
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
