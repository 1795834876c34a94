package org.cxloop.platform.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation results as field errors (the field is the last node of the property path). */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*\\]$", "");
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new FieldError(field, code, violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return errors;
    }

    /** Validates and throws 400 validation-failed with every broken rule. */
    public static <T> T check(Validator validator, T object, Class<?>... groups) {
        if (object == null) {
            throw new ProblemException(400, "body-required");
        }
        List<FieldError> errors = fieldErrors(validator.validate(object, groups));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return object;
    }
}
