package dev.arrears.notification.ledger;

import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.notification.NotificationDelivered;
import dev.arrears.contracts.notification.NotificationFailed;
import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.contracts.notification.NotificationSent;
import dev.arrears.notification.DunningEvents;
import dev.arrears.notification.Script;
import dev.arrears.notification.PipelineTest;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdates;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica that dies between the provider call and the ledger update, simulated by a worker that hangs right there
 * (its ledger row committed PENDING, the provider holding the message) while another run takes over after the lease
 * and the pending timeout: the message is reconciled, not blindly sent again.
 */
@QuarkusTest
class CrashReconcileTest extends PipelineTest {

    /** Monday 16 November 2026, 10:00 in Berlin. */
    private static final Instant T0 = MONDAY_MORNING;
    /** Past the dispatch lease and the pending timeout (both 5 minutes). */
    private static final Duration RESTART = Duration.ofMinutes(6);

    @Inject
    DeliveryUpdates deliveryUpdates;

    private CompletableFuture<Integer> dying;

    /** The replica that "died" finishes its run before the next test resets the providers. */
    @AfterEach
    void awaitDyingReplica() throws Exception {
        script.releaseHungWorkers();
        if (dying != null) {
            dying.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSendTheMailboxTookBeforeTheReplicaDiedIsConfirmedNotRepeated() throws Throwable {
        String email = events.email("ap");
        ReminderDue reminder = reminderTo("C-1", email, Script.Behaviour.HANG_AFTER_DELIVERY, Channel.EMAIL, Channel.SMS);
        String messageId = MessageIds.messageId(reminder.reminderId(), Channel.EMAIL, email);

        dieMidBatch();
        assertThat(pipeline.dispatch(reminder.reminderId()).getList("messages.status")).containsExactly("PENDING");
        clock.advance(RESTART);
        pipeline.run();

        JsonPath dispatch = pipeline.dispatch(reminder.reminderId());
        assertThat(dispatch.getString("status")).isEqualTo("DONE");
        assertThat(dispatch.getList("messages.status")).containsExactly("SENT");
        assertThat(dispatch.getInt("messages[0].attempts")).isEqualTo(1);
        NotificationSent sent = pipeline.<NotificationSent>events("C-1", EventType.NOTIFICATION_SENT, 1).get(0);
        assertThat(sent.providerMessageId()).isEqualTo("mailbox-" + messageId);
        assertThat(sent.sentAt()).isEqualTo(T0);

        // The dead replica's call returns at last: it finds the message settled and changes nothing.
        script.releaseHungWorkers();
        dying.get(30, TimeUnit.SECONDS);
        pipeline.run();
        assertThat(script.calls(messageId)).isEqualTo(1);
        assertThat(pipeline.mailbox().getInt("[0].requests")).isEqualTo(1);
        assertThat(pipeline.mailbox().getList("$")).hasSize(1);
        assertThat(pipeline.dispatch(reminder.reminderId()).getString("status")).isEqualTo("DONE");
        assertThat(pipeline.allEvents("C-1", EventType.NOTIFICATION_SENT)).hasSize(1);
    }

    @Test
    void aSendNoOneCanLookUpWaitsForTheProvidersWebhookInsteadOfGoingOutAgain() throws Throwable {
        String email = events.email("ap");
        ReminderDue reminder = reminderTo("C-2", email, Script.Behaviour.HANG_UNCONFIRMABLE, Channel.EMAIL, Channel.SMS);
        String messageId = MessageIds.messageId(reminder.reminderId(), Channel.EMAIL, email);

        dieMidBatch();
        clock.advance(RESTART);
        pipeline.run();
        JsonPath uncertain = pipeline.dispatch(reminder.reminderId());
        assertThat(uncertain.getList("messages.status")).containsExactly("UNCERTAIN");
        // Grace runs from when the send went stale (T0 + 5 min) for an hour.
        assertThat(uncertain.getString("dueAt")).isEqualTo("2026-11-16T10:05:00Z");
        clock.advance(Duration.ofMinutes(30));
        pipeline.run();
        assertThat(script.calls(messageId)).isEqualTo(1);

        // The provider's webhook carries our message id: the message went out, and was delivered.
        VertxContextSupport.subscribeAndAwait(() -> deliveryUpdates.record(List.of(new DeliveryUpdate(messageId, "provider-" + messageId,
                Channel.EMAIL, DeliveryUpdate.Kind.DELIVERED, email, T0.plusSeconds(4), null, null))));
        pipeline.run();

        JsonPath dispatch = pipeline.dispatch(reminder.reminderId());
        assertThat(dispatch.getString("status")).isEqualTo("DONE");
        assertThat(dispatch.getList("messages.status")).containsExactly("SENT");
        assertThat(dispatch.getString("messages[0].providerMessageId")).isEqualTo("provider-" + messageId);
        assertThat(pipeline.<NotificationSent>events("C-2", EventType.NOTIFICATION_SENT, 1).get(0).sentAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(pipeline.<NotificationDelivered>events("C-2", EventType.NOTIFICATION_DELIVERED, 1).get(0).providerMessageId())
                .isEqualTo("provider-" + messageId);
        script.releaseHungWorkers();
        dying.get(30, TimeUnit.SECONDS);
        pipeline.run();
        assertThat(script.calls(messageId)).isEqualTo(1);
        assertThat(pipeline.allEvents("C-2", EventType.NOTIFICATION_SENT)).hasSize(1);
    }

    @Test
    void anEmailNoOneConfirmsWithinItsGraceIsSentAgainUnderTheSameMessageId() throws Throwable {
        String email = events.email("ap");
        ReminderDue reminder = reminderTo("C-3", email, Script.Behaviour.HANG_UNCONFIRMABLE, Channel.EMAIL, Channel.SMS);
        String messageId = MessageIds.messageId(reminder.reminderId(), Channel.EMAIL, email);

        dieMidBatch();
        clock.advance(RESTART);
        pipeline.run();
        clock.set(Instant.parse("2026-11-16T10:05:00Z"));
        pipeline.run();

        assertThat(script.calls(messageId)).isEqualTo(2);
        JsonPath dispatch = pipeline.dispatch(reminder.reminderId());
        assertThat(dispatch.getString("status")).isEqualTo("DONE");
        assertThat(dispatch.getList("messages.status")).containsExactly("SENT");
        assertThat(dispatch.getInt("messages[0].attempts")).isEqualTo(2);
        assertThat(pipeline.mailbox().getList("to")).containsExactly(email);
    }

    @Test
    void aCallNoOneConfirmsIsNotPlacedAgainTheNextChannelIsTried() throws Throwable {
        String phone = DunningEvents.phone();
        String email = events.email("ap");
        events.customer("C-4", "de", "Europe/Berlin", List.of(email), List.of(phone), true, false, true);
        pipeline.awaitContact("C-4");
        script.when(phone, Script.Behaviour.HANG_UNCONFIRMABLE);
        ReminderDue reminder = events.reminder("C-4", "de", Channel.VOICE, Channel.EMAIL);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        String callId = MessageIds.messageId(reminder.reminderId(), Channel.VOICE, phone);

        dieMidBatch();
        clock.advance(RESTART);
        pipeline.run();
        clock.set(Instant.parse("2026-11-16T10:05:00Z"));
        pipeline.run();

        assertThat(script.calls(callId)).isEqualTo(1);
        assertThat(pipeline.dispatch(reminder.reminderId()).getList("messages.status")).containsExactly("FAILED", "SENT");
        assertThat(pipeline.mailbox().getList("to")).containsExactly(email);
        NotificationFailed failed = pipeline.<NotificationFailed>events("C-4", EventType.NOTIFICATION_FAILED, 1).get(0);
        assertThat(failed.failure()).isEqualTo(NotificationFailure.UNCONFIRMED);
        assertThat(failed.channel()).isEqualTo(Channel.VOICE);
    }

    private ReminderDue reminderTo(String customerId, String email, Script.Behaviour behaviour, Channel... channels) {
        events.customer(customerId, "de", "Europe/Berlin", List.of(email), List.of(DunningEvents.phone()), true, true, false);
        pipeline.awaitContact(customerId);
        script.when(email, behaviour);
        ReminderDue reminder = events.reminder(customerId, "de", channels);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        return reminder;
    }

    /** Starts a run whose worker hangs in the provider call, as a replica that dies there. */
    private void dieMidBatch() throws InterruptedException {
        dying = pipeline.runInBackground();
        script.awaitHungWorker();
    }
}
