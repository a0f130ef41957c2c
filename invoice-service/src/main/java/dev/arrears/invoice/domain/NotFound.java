package dev.arrears.invoice.domain;

/** Nothing of that id exists for the caller's tenant. Becomes HTTP 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
