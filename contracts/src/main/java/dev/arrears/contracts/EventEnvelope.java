package dev.arrears.contracts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event with its CloudEvents attributes, ready to become a Kafka record: topic and key from the
 * catalogue and the payload, attributes as {@link CloudEventHeaders}.
 *
 * @param source the producing service, e.g. {@code /arrears/invoice-service}
 * @param subject what the event is about within the customer, e.g. {@code invoice/INV-1}
 */
public record EventEnvelope(String id, EventType type, String source, Instant time, String subject, ArrearsEvent data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (type.payloadClass() != data.getClass()) {
            throw new IllegalArgumentException(type + " does not carry " + data.getClass().getSimpleName());
        }
    }

    public String topic() {
        return type.topic();
    }

    public String key() {
        return data.key().toString();
    }

    /** The CloudEvents attributes as Kafka headers, in a stable order. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.TYPE, type.type());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(time));
        if (subject != null) {
            headers.put(CloudEventHeaders.SUBJECT, subject);
        }
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.DATA_SCHEMA, type.dataSchema());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }
}
