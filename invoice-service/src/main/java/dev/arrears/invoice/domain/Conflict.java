package dev.arrears.invoice.domain;

/** The request contradicts what is already recorded (e.g. a reused invoice number). Becomes HTTP 409. */
public class Conflict extends RuntimeException {

    public Conflict(String reason) {
        super(reason);
    }
}
