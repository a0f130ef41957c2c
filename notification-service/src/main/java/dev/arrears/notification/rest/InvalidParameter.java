package dev.arrears.notification.rest;

/** A query or path parameter outside the values the API accepts; {@code parameter} names it. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
