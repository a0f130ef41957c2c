package dev.arrears.invoice.domain;

/** The client changed a resource it read at another version (If-Match). Becomes HTTP 412. */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed(String what, long current) {
        super(what + " has changed since it was read; its current version is " + current);
    }
}
