package dev.arrears.contracts;

import java.util.Objects;

/**
 * The Kafka record key of every event: {@code tenantId:customerId}.
 *
 * <p>Keying by customer puts all facts about one customer on one partition, in order, so each consumer
 * instance owns whole customers. Neither part may contain a colon, which keeps the key unambiguous.
 */
public record EventKey(String tenantId, String customerId) {

    private static final char SEPARATOR = ':';

    public EventKey {
        requirePart("tenantId", tenantId);
        requirePart("customerId", customerId);
    }

    public static EventKey of(String tenantId, String customerId) {
        return new EventKey(tenantId, customerId);
    }

    public static EventKey parse(String key) {
        Objects.requireNonNull(key, "key");
        int at = key.indexOf(SEPARATOR);
        if (at < 0) {
            throw new IllegalArgumentException("event key '" + key + "' is not of the form tenantId:customerId");
        }
        return new EventKey(key.substring(0, at), key.substring(at + 1));
    }

    @Override
    public String toString() {
        return tenantId + SEPARATOR + customerId;
    }

    private static void requirePart(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException(name + " '" + value + "' must not contain '" + SEPARATOR + "'");
        }
    }
}
