package dev.arrears.notification.messaging;

import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventReader;
import dev.arrears.contracts.EventType;
import dev.arrears.notification.contacts.ContactRecorder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes arrears.invoice.events for customers' master data (CustomerUpserted): addresses, language, time zone,
 * consent. Invoices and payments are the dunning engine's business and are skipped unread.
 */
@ApplicationScoped
public class InvoiceEventsConsumer {

    private static final Logger LOG = Logger.getLogger(InvoiceEventsConsumer.class);

    private final EventReader reader = new EventReader();
    private final ContactRecorder contacts;

    InvoiceEventsConsumer(ContactRecorder contacts) {
        this.contacts = contacts;
    }

    @Incoming("invoice-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        String type = Records.header(record, CloudEventHeaders.TYPE);
        if (type != null && !type.equals(EventType.CUSTOMER_UPSERTED.type())) {
            return Uni.createFrom().voidItem();
        }
        try {
            EventReader.ReceivedEvent received = reader.read(record.key(), name -> Records.header(record, name), record.value());
            return contacts.record(received).replaceWithVoid();
        } catch (EventReader.MalformedEvent e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
    }
}
