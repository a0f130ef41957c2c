package dev.arrears.notification.messaging;

import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventReader;
import dev.arrears.contracts.EventType;
import dev.arrears.notification.dispatch.DispatchRecorder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * Consumes arrears.dunning.events and records each ReminderDue and EscalationRaised for dispatch. A record that is
 * not a valid event is dead-lettered with the reason (see the channel's failure strategy).
 */
@ApplicationScoped
public class DunningEventsConsumer {

    private static final Logger LOG = Logger.getLogger(DunningEventsConsumer.class);
    private static final Set<String> DISPATCHED = Set.of(EventType.REMINDER_DUE.type(), EventType.ESCALATION_RAISED.type());

    private final EventReader reader = new EventReader();
    private final DispatchRecorder recorder;

    DunningEventsConsumer(DispatchRecorder recorder) {
        this.recorder = recorder;
    }

    @Incoming("dunning-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        String type = Records.header(record, CloudEventHeaders.TYPE);
        // Other dunning events are for their own consumers to judge: reading them here would dead-letter records this
        // service ignores anyway. A record without a type is read, so the reader refuses it with the reason.
        if (type != null && !DISPATCHED.contains(type)) {
            return Uni.createFrom().voidItem();
        }
        try {
            EventReader.ReceivedEvent received = reader.read(record.key(), name -> Records.header(record, name), record.value());
            return recorder.record(received, Records.kept(record)).replaceWithVoid();
        } catch (EventReader.MalformedEvent e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
    }
}
