package dev.arrears.analytics.stream;

import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.Topics;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Parks records this service cannot use on {@code <topic>.analytics-service.dlq}, unchanged, with the
 * reason and the original position in headers; the partition keeps moving.
 */
final class DeadLetters {

    static final String CONSUMER = "analytics-service";

    /** The dead-letter topic of the topic the record came from. */
    static final TopicNameExtractor<String, ParsedEvent> TOPIC = (key, value, context) -> Topics.deadLetter(value.topic(), CONSUMER);

    /** Writes the record's original payload. */
    static final Serde<ParsedEvent> PAYLOAD = Serdes.serdeFrom(
            (topic, parsed) -> new StringSerializer().serialize(topic, parsed.rawPayload()),
            (topic, bytes) -> {
                throw new UnsupportedOperationException("dead letters are written, never read, by this service");
            });

    private DeadLetters() {
    }

    static void mark(Headers headers, String reason, Optional<RecordMetadata> origin) {
        headers.remove(CloudEventHeaders.DLQ_REASON);
        headers.add(CloudEventHeaders.DLQ_REASON, bytes(reason));
        origin.ifPresent(meta -> {
            headers.add(CloudEventHeaders.DLQ_ORIGINAL_TOPIC, bytes(meta.topic()));
            headers.add(CloudEventHeaders.DLQ_ORIGINAL_PARTITION, bytes(Integer.toString(meta.partition())));
            headers.add(CloudEventHeaders.DLQ_ORIGINAL_OFFSET, bytes(Long.toString(meta.offset())));
        });
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
