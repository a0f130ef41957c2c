package dev.arrears.invoice.messaging;

import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventReader;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.invoice.service.LateFeeService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * Consumes arrears.dunning.events and records each LateFeeAssessed on its invoice. A fee that is not a
 * valid event, or that this ledger cannot book (unknown invoice, another currency), is dead-lettered with
 * the reason (see the channel's failure strategy) rather than dropped.
 */
@ApplicationScoped
public class DunningEventsConsumer {

    private static final Logger LOG = Logger.getLogger(DunningEventsConsumer.class);

    private final EventReader reader = new EventReader();
    private final LateFeeService fees;

    DunningEventsConsumer(LateFeeService fees) {
        this.fees = fees;
    }

    @Incoming("dunning-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        // Other dunning events are for their own consumers to judge: reading them here would dead-letter records
        // this service ignores anyway. A record without a type is read, so the reader refuses it with the reason.
        if (type != null && !type.equals(EventType.LATE_FEE_ASSESSED.type())) {
            return Uni.createFrom().voidItem();
        }
        try {
            EventReader.ReceivedEvent received = reader.read(record.key(), name -> header(record, name), record.value());
            return fees.record((LateFeeAssessed) received.event())
                    .onFailure().invoke(e -> deadLettering(record, e))
                    .replaceWithVoid();
        } catch (EventReader.MalformedEvent e) {
            deadLettering(record, e);
            return Uni.createFrom().failure(e);
        }
    }

    private static void deadLettering(ConsumerRecord<String, String> record, Throwable e) {
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
