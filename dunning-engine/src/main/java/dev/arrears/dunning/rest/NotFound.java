package dev.arrears.dunning.rest;

/** The tenant has no such policy, task or hold. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
