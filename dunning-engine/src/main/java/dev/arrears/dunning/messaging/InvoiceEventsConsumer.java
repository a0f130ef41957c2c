package dev.arrears.dunning.messaging;

import dev.arrears.contracts.EventReader;
import dev.arrears.dunning.service.FactRecorder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * Consumes arrears.invoice.events. A record that is not a valid event fails here and is dead-lettered
 * with the reason (see the channel's failure strategy); valid ones are recorded as dunning facts.
 */
@ApplicationScoped
public class InvoiceEventsConsumer {

    private static final Logger LOG = Logger.getLogger(InvoiceEventsConsumer.class);

    private final EventReader reader = new EventReader();
    private final FactRecorder facts;

    InvoiceEventsConsumer(FactRecorder facts) {
        this.facts = facts;
    }

    @Incoming("invoice-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        EventReader.ReceivedEvent received;
        try {
            received = reader.read(record.key(), name -> header(record, name), record.value());
        } catch (EventReader.MalformedEvent e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return facts.record(received).replaceWithVoid();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
