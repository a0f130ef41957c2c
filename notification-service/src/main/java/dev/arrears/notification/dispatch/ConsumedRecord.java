package dev.arrears.notification.dispatch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Kafka record exactly as it was consumed, kept so it can be dead-lettered unchanged long after. */
public record ConsumedRecord(String topic, int partition, long offset, String key, Map<String, String> headers, String value) {

    public ConsumedRecord {
        // In the order they came: the dead-letter copy keeps it.
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
