package dev.arrears.notification.dispatch;

import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.contracts.notification.NotificationSent;
import dev.arrears.notification.DunningEvents;
import dev.arrears.notification.Pipeline;
import dev.arrears.notification.Script;
import dev.arrears.notification.TestClock;
import dev.arrears.notification.ledger.MessageIds;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch pipeline end to end on real Kafka and PostgreSQL: dunning events in, the clock walked forward, what
 * the customer receives in the local mailbox and what is published on arrears.notification.events.
 */
@QuarkusTest
class DispatchTest {

    /** Monday 16 November 2026, 10:00 in Berlin. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T09:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    DispatchRunner runner;

    @Inject
    Script script;

    private final String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    private final DunningEvents events = new DunningEvents(tenant);
    private Pipeline pipeline;

    @BeforeEach
    void start() {
        pipeline = new Pipeline(runner, tenant);
        clock.set(MONDAY_MORNING);
    }

    @AfterEach
    void reset() {
        script.reset();
        clock.reset();
    }

    @Test
    void aReminderDeliveredTwiceOrReplayedIsSentOnce() throws Throwable {
        String email = events.email("ap");
        events.customer("C-1", "de", "Europe/Berlin", List.of(email), List.of(DunningEvents.phone()), true, true, false);
        pipeline.awaitContact("C-1");
        ReminderDue reminder = events.reminder("C-1", "de", Channel.EMAIL, Channel.SMS);

        EventEnvelope envelope = events.publish(reminder);
        DunningEvents.send(envelope);
        // The dunning engine re-running the same step makes the same reminder id under a new event id.
        events.publish(UUID.randomUUID().toString(), reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        pipeline.run();
        DunningEvents.send(envelope);
        pipeline.run();

        String messageId = MessageIds.messageId(reminder.reminderId(), Channel.EMAIL, email);
        JsonPath mailbox = pipeline.mailbox();
        assertThat(mailbox.getList("$")).hasSize(1);
        assertThat(mailbox.getString("[0].messageId")).isEqualTo(messageId);
        assertThat(mailbox.getString("[0].to")).isEqualTo(email);
        assertThat(mailbox.getInt("[0].requests")).isEqualTo(1);
        assertThat(script.calls(messageId)).isEqualTo(1);
        JsonPath dispatch = pipeline.dispatch(reminder.reminderId());
        assertThat(dispatch.getString("status")).isEqualTo("DONE");
        assertThat(dispatch.getList("messages")).hasSize(1);
        assertThat(dispatch.getString("messages[0].status")).isEqualTo("SENT");
        assertThat(dispatch.getInt("messages[0].attempts")).isEqualTo(1);

        NotificationSent sent = pipeline.<NotificationSent>events("C-1", EventType.NOTIFICATION_SENT, 1).get(0);
        assertThat(sent).isEqualTo(new NotificationSent(tenant, "C-1", messageId, reminder.reminderId(), Channel.EMAIL,
                NotificationAddresses.mask(email), NotificationAddresses.hash(tenant, "C-1", email), "scripted", "mailbox-" + messageId,
                mailbox.getString("[0].templateUsed"), DunningEvents.OVERDUE_14, MONDAY_MORNING));
        List<TestKafka.Received> published = pipeline.allEvents("C-1", EventType.NOTIFICATION_SENT);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).header("ce_source")).isEqualTo("/arrears/notification-service");
        assertThat(published.get(0).header("ce_subject")).isEqualTo("message/" + messageId);
    }
}
