package org.cxloop.platform.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A failure with a stable code that the API reports as problem+json and the screens as a localised message
 * (bundle keys {@code problem.<code>}).
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Object[] arguments;
    private final List<FieldError> fieldErrors;

    public ProblemException(int status, String code, Object... arguments) {
        this(status, code, List.of(), arguments);
    }

    public ProblemException(int status, String code, List<FieldError> fieldErrors, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation-failed", errors);
    }

    public static ProblemException invalid(String field, String code, String message) {
        return invalid(List.of(new FieldError(field, code, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
