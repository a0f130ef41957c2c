package dev.arrears.analytics.rest;

/** A query or path parameter that cannot be used; answered with 400 naming the parameter. */
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
