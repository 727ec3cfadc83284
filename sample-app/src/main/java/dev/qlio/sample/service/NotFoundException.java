package dev.qlio.sample.service;

/** A resource named in the request path does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, long id) {
        super(kind + " " + id + " does not exist");
    }
}
