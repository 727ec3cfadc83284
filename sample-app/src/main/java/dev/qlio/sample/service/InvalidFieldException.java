package dev.qlio.sample.service;

/**
 * A value in the request is well-formed but unusable, e.g. an {@code authorId} naming no author
 * (HTTP 400 with the field's message).
 */
public class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field or parameter at fault. */
    public String field() {
        return this.field;
    }
}
