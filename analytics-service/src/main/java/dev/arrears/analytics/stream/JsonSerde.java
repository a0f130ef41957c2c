package dev.arrears.analytics.stream;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.arrears.contracts.ArrearsJson;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.io.IOException;

/** JSON for the service's own stores and internal topics, with the event mapping rules (exact decimals, ISO dates). */
final class JsonSerde {

    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        ObjectWriter writer = ArrearsJson.mapper().writerFor(type);
        ObjectReader reader = ArrearsJson.mapper().readerFor(type);
        return Serdes.serdeFrom(
                (topic, value) -> {
                    try {
                        return value == null ? null : writer.writeValueAsBytes(value);
                    } catch (IOException e) {
                        throw new SerializationException("cannot write " + type.getSimpleName(), e);
                    }
                },
                (topic, bytes) -> {
                    try {
                        return bytes == null ? null : reader.readValue(bytes);
                    } catch (IOException e) {
                        throw new SerializationException("cannot read " + type.getSimpleName(), e);
                    }
                });
    }
}
