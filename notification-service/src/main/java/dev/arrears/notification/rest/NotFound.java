package dev.arrears.notification.rest;

/** The tenant has no such letter, dispatch or customer. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
