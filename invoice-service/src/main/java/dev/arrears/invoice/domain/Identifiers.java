package dev.arrears.invoice.domain;

/** Checks on identifiers and required text. Ids become part of the Kafka key, so they may not hold ':'. */
public final class Identifiers {

    private Identifiers() {
    }

    public static String require(String field, String value) {
        requireText(field, value);
        if (value.indexOf(':') >= 0 || value.length() > 128) {
            throw new InvalidInput(field, field + " must be 1 to 128 characters without ':'");
        }
        return value;
    }

    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        return value;
    }
}
