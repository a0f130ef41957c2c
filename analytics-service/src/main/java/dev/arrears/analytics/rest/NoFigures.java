package dev.arrears.analytics.rest;

/** Nothing is known for what was asked (a tenant, currency or segment without events); answered with 404. */
public class NoFigures extends RuntimeException {

    public NoFigures(String message) {
        super(message);
    }
}
