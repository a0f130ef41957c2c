package dev.arrears.notification.rest;

/** A preview request that is well-formed but cannot be rendered; every reason at once. */
class InvalidPreview extends RuntimeException {

    private final String field;

    InvalidPreview(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
