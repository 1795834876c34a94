package org.cxloop.platform.control;

/** One rejected input field: its name, a stable code and a human message. */
public record FieldError(String field, String code, String message) {
}
