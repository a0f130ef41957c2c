package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.ledger.DatedEvent;
import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventReader;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads CloudEvents records into typed events dated by their {@code ce_time} (the record's timestamp
 * where it is missing); a record that is not a valid event is marked with the dead-letter headers so the
 * topology can park it without stopping.
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
        String topic = context.recordMetadata().map(meta -> meta.topic()).orElse(null);
        try {
            EventReader.ReceivedEvent event = reader.read(record.key(), name -> header(headers, name), record.value());
            DatedEvent dated = new DatedEvent(event.id(), event.type(), time(headers, record.timestamp()), event.event());
            context.forward(record.withValue(new ParsedEvent(dated, record.value(), null, topic)));
        } catch (EventReader.MalformedEvent e) {
            DeadLetters.mark(headers, e.getMessage(), context.recordMetadata());
            context.forward(record.withValue(new ParsedEvent(null, record.value(), e.getMessage(), topic)));
        }
    }

    private static Instant time(Headers headers, long timestamp) {
        String time = header(headers, CloudEventHeaders.TIME);
        try {
            return time == null ? Instant.ofEpochMilli(timestamp) : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return Instant.ofEpochMilli(timestamp);
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
