package dev.arrears.invoice.domain;

/** Input that no ledger could book, naming the offending field. Becomes HTTP 422. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
