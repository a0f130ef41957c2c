package dev.arrears.analytics.stream;

import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventReader;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.nio.charset.StandardCharsets;

/**
 * Reads CloudEvents records into typed events; a record that is not a valid event is marked with the
 * dead-letter headers (reason, original position) so the topology can park it without stopping.
 */
final class EventParser implements FixedKeyProcessor<String, String, ParsedEvent> {

    private final EventReader reader = new EventReader();
    private FixedKeyProcessorContext<String, ParsedEvent> context;

    @Override
    public void init(FixedKeyProcessorContext<String, ParsedEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, String> record) {
        Headers headers = record.headers();
        try {
            EventReader.ReceivedEvent event = reader.read(record.key(), name -> header(headers, name), record.value());
            context.forward(record.withValue(new ParsedEvent(event, record.value(), null)));
        } catch (EventReader.MalformedEvent e) {
            headers.add(CloudEventHeaders.DLQ_REASON, bytes(e.getMessage()));
            context.recordMetadata().ifPresent(meta -> {
                headers.add(CloudEventHeaders.DLQ_ORIGINAL_TOPIC, bytes(meta.topic()));
                headers.add(CloudEventHeaders.DLQ_ORIGINAL_PARTITION, bytes(Integer.toString(meta.partition())));
                headers.add(CloudEventHeaders.DLQ_ORIGINAL_OFFSET, bytes(Long.toString(meta.offset())));
            });
            context.forward(record.withValue(new ParsedEvent(null, record.value(), e.getMessage())));
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
