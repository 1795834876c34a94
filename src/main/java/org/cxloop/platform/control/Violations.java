package org.cxloop.platform.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation results as field errors, named by their property path ({@code questions[0].text.pl}). */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            String field = field(violation.getPropertyPath());
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new FieldError(field, code, localised(violation)));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return errors;
    }

    /**
     * CX Loop's own messages ({@code {cxloop.*}} templates) in the request's language, with the constraint's
     * attributes filled in; any other message as the validator wrote it.
     */
    static String localised(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.matches("\\{cxloop\\.[\\w.]+\\}")) {
            return violation.getMessage();
        }
        try {
            String text = java.util.ResourceBundle.getBundle("ValidationMessages", RequestLocale.get(),
                    Violations.class.getClassLoader(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).getString(template.substring(1, template.length() - 1));
            for (var attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
            }
            return text;
        } catch (java.util.MissingResourceException e) {
            return violation.getMessage();
        }
    }

    /** The property path without method and parameter nodes: {@code questions[0].text.pl}. */
    static String field(jakarta.validation.Path path) {
        StringBuilder field = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
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
