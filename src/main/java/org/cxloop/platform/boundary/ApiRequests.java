package org.cxloop.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.cxloop.platform.control.FieldError;
import org.cxloop.platform.control.Languages;
import org.cxloop.platform.control.Problems;

/** Small helpers shared by the API's providers and resources. */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Languages.ENGLISH : Languages.resolve(null, headers.getAcceptableLanguages());
    }

    public static Response problem(HttpHeaders headers, int status, String code, String instance,
                                   List<FieldError> errors, Object... arguments) {
        return Response.status(status)
                .type(Problems.MEDIA_TYPE)
                .entity(Problems.json(locale(headers), status, code, instance, errors, arguments))
                .build();
    }
}
