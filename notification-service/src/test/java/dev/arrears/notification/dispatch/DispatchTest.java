package dev.arrears.notification.dispatch;

import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.notification.ContactOptedOut;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.contracts.notification.NotificationBounced;
import dev.arrears.contracts.notification.NotificationFailed;
import dev.arrears.contracts.notification.NotificationFailure;
import dev.arrears.contracts.notification.NotificationSent;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.message.DeliveryUpdates;
import io.quarkus.vertx.VertxContextSupport;
import dev.arrears.notification.DunningEvents;
import dev.arrears.notification.Pipeline;
import dev.arrears.notification.Script;
import dev.arrears.notification.PipelineTest;
import dev.arrears.notification.ledger.MessageIds;
import dev.arrears.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.awaitility.Awaitility.await;

/**
 * The dispatch pipeline end to end on real Kafka and PostgreSQL: dunning events in, the clock walked forward, what
 * the customer receives in the local mailbox and what is published on arrears.notification.events.
 */
@QuarkusTest
class DispatchTest extends PipelineTest {

    @Inject
    DeliveryUpdates deliveryUpdates;

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

    @Test
    void noChannelWithoutConsentAndNoAddressAfterAnOptOutUntilTheCustomerOptsInAgain() throws Throwable {
        String first = events.email("ap");
        String second = events.email("k.mueller");
        events.customer("C-2", "de", "Europe/Berlin", List.of(first, second), List.of(DunningEvents.phone()), true, false, false);
        pipeline.awaitContact("C-2");
        // An unsubscribe that names no message (a link in an old email): tied to the customer by the address.
        record(new DeliveryUpdate(null, null, Channel.EMAIL, DeliveryUpdate.Kind.OPTED_OUT, first.toUpperCase(), MONDAY_MORNING,
                "unsubscribed", null));

        ReminderDue reminder = events.reminder("C-2", "de", Channel.SMS, Channel.EMAIL);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        pipeline.run();

        // SMS without consent is skipped, the opted-out address too: the second address gets it.
        assertThat(pipeline.mailbox().getList("to")).containsExactly(second);
        ContactOptedOut optedOut = pipeline.<ContactOptedOut>events("C-2", EventType.CONTACT_OPTED_OUT, 1).get(0);
        assertThat(optedOut).isEqualTo(new ContactOptedOut(tenant, "C-2", Channel.EMAIL, NotificationAddresses.mask(first),
                NotificationAddresses.hash(tenant, "C-2", first), "scripted", "unsubscribed", null, null, MONDAY_MORNING));
        given().get("/api/v1/tenants/{t}/customers/C-2/contact", tenant).then().statusCode(200)
                .body("optOuts", hasSize(1)).body("optOuts[0].address", is(NotificationAddresses.mask(first)));

        clock.advance(Duration.ofDays(7));
        record(new DeliveryUpdate(null, null, Channel.EMAIL, DeliveryUpdate.Kind.OPTED_IN, first, clock.instant(), null, null));
        ReminderDue next = events.reminder("C-2", "de", Channel.EMAIL);
        events.publish(next);
        pipeline.awaitDispatch(next.reminderId());
        pipeline.run();

        assertThat(pipeline.mailbox().getList("to")).containsExactly(first, second);
    }

    @Test
    void textsOutsideTheCustomersLocalHoursWaitForTheWindowToOpen() throws Throwable {
        String phone = DunningEvents.phone();
        events.customer("C-3", "en", "Europe/Berlin", List.of(), List.of(phone), false, true, false);
        pipeline.awaitContact("C-3");
        // 21:30 in Berlin.
        clock.set(Instant.parse("2026-11-16T20:30:00Z"));
        ReminderDue reminder = events.reminder("C-3", "en", Channel.SMS);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());

        pipeline.run();
        assertThat(pipeline.dispatch(reminder.reminderId()).getString("dueAt")).isEqualTo("2026-11-17T08:00:00Z");
        clock.set(Instant.parse("2026-11-17T07:59:59Z"));
        pipeline.run();
        assertThat(pipeline.mailbox().getList("$")).isEmpty();

        clock.set(Instant.parse("2026-11-17T08:00:00Z"));
        pipeline.run();
        JsonPath mailbox = pipeline.mailbox();
        assertThat(mailbox.getList("to")).containsExactly(phone);
        assertThat(mailbox.getString("[0].channel")).isEqualTo("SMS");
        assertThat(mailbox.getString("[0].receivedAt")).isEqualTo("2026-11-17T08:00:00Z");
    }

    @Test
    void aPermanentRefusalFallsBackToTheNextChannelAtOnce() throws Throwable {
        String email = events.email("nobody");
        String phone = DunningEvents.phone();
        events.customer("C-4", "de", "Europe/Berlin", List.of(email), List.of(phone), true, true, false);
        pipeline.awaitContact("C-4");
        script.when(email, Script.Behaviour.PERMANENT);
        ReminderDue reminder = events.reminder("C-4", "de", Channel.EMAIL, Channel.SMS);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());

        pipeline.run();

        String emailId = MessageIds.messageId(reminder.reminderId(), Channel.EMAIL, email);
        assertThat(script.calls(emailId)).isEqualTo(1);
        assertThat(pipeline.mailbox().getList("to")).containsExactly(phone);
        JsonPath dispatch = pipeline.dispatch(reminder.reminderId());
        assertThat(dispatch.getString("status")).isEqualTo("DONE");
        assertThat(dispatch.getList("messages.status")).containsExactly("FAILED", "SENT");
        assertThat(dispatch.getList("messages.channel")).containsExactly("EMAIL", "SMS");
        NotificationFailed failed = pipeline.<NotificationFailed>events("C-4", EventType.NOTIFICATION_FAILED, 1).get(0);
        assertThat(failed).isEqualTo(new NotificationFailed(tenant, "C-4", emailId, reminder.reminderId(), Channel.EMAIL,
                NotificationAddresses.mask(email), NotificationAddresses.hash(tenant, "C-4", email), "scripted", null,
                "overdue/de/FIRM/email", DunningEvents.OVERDUE_14, NotificationFailure.REJECTED,
                "550 5.1.1 unknown recipient " + email, MONDAY_MORNING));
        assertThat(pipeline.<NotificationSent>events("C-4", EventType.NOTIFICATION_SENT, 1).get(0).channel()).isEqualTo(Channel.SMS);
    }

    @Test
    void aBounceReportedLaterFallsBackToTheNextChannel() throws Throwable {
        String email = events.email("bounces");
        String phone = DunningEvents.phone();
        events.customer("C-5", "de", "Europe/Berlin", List.of(email), List.of(phone), true, true, false);
        pipeline.awaitContact("C-5");
        ReminderDue reminder = events.reminder("C-5", "de", Channel.EMAIL, Channel.SMS);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        pipeline.run();
        String emailId = MessageIds.messageId(reminder.reminderId(), Channel.EMAIL, email);

        clock.set(MONDAY_MORNING.plusSeconds(60));
        DeliveryUpdate bounce = new DeliveryUpdate(null, "mailbox-" + emailId, Channel.EMAIL, DeliveryUpdate.Kind.BOUNCED, email,
                MONDAY_MORNING.plusSeconds(30), "550 5.1.1 mailbox does not exist", null);
        record(bounce);
        record(bounce);
        pipeline.run();

        assertThat(pipeline.mailbox().getList("to")).containsExactly(phone, email);
        assertThat(pipeline.dispatch(reminder.reminderId()).getList("messages.status")).containsExactly("BOUNCED", "SENT");
        NotificationBounced bounced = pipeline.<NotificationBounced>events("C-5", EventType.NOTIFICATION_BOUNCED, 1).get(0);
        assertThat(bounced).isEqualTo(new NotificationBounced(tenant, "C-5", emailId, reminder.reminderId(), Channel.EMAIL,
                NotificationAddresses.mask(email), NotificationAddresses.hash(tenant, "C-5", email), "scripted", "mailbox-" + emailId,
                "overdue/de/FIRM/email", DunningEvents.OVERDUE_14, "550 5.1.1 mailbox does not exist", MONDAY_MORNING.plusSeconds(30)));
        assertThat(pipeline.allEvents("C-5", EventType.NOTIFICATION_BOUNCED)).hasSize(1);
        assertThat(pipeline.allEvents("C-5", EventType.NOTIFICATION_SENT)).hasSize(2);
    }

    @Test
    void aProviderThatStaysUnavailableIsRetriedWithBackoffThenTheReminderIsDeadLettered() throws Throwable {
        String email = events.email("down");
        events.customer("C-6", "de", "Europe/Berlin", List.of(email), List.of(), true, false, false);
        pipeline.awaitContact("C-6");
        script.when(email, Script.Behaviour.UNAVAILABLE);
        ReminderDue reminder = events.reminder("C-6", "de", Channel.EMAIL);
        EventEnvelope envelope = events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());
        String emailId = MessageIds.messageId(reminder.reminderId(), Channel.EMAIL, email);

        pipeline.run();
        assertThat(script.calls(emailId)).isEqualTo(1);
        // The first backoff is 5-10 s (10 s with equal jitter), never before the provider's Retry-After of 1 s.
        Instant retry = Instant.parse(pipeline.dispatch(reminder.reminderId()).getString("dueAt"));
        assertThat(retry).isBetween(MONDAY_MORNING.plusSeconds(5), MONDAY_MORNING.plusSeconds(10));
        clock.set(retry.minusMillis(1));
        pipeline.run();
        assertThat(script.calls(emailId)).isEqualTo(1);
        clock.set(retry);
        pipeline.run();
        assertThat(script.calls(emailId)).isEqualTo(2);
        clock.advance(Duration.ofSeconds(20));
        pipeline.run();
        assertThat(script.calls(emailId)).isEqualTo(3);

        TestKafka.Received dead = TestKafka.awaitRecord(Topics.deadLetter(Topics.DUNNING_EVENTS, "notification-service"),
                r -> reminder.reminderId().equals(r.header("ce_id")), Pipeline.WAIT);
        assertThat(dead.key()).isEqualTo(tenant + ":C-6");
        assertThat(dead.header("ce_type")).isEqualTo(EventType.REMINDER_DUE.type());
        assertThat(dead.value()).isEqualTo(TestKafka.awaitRecord(Topics.DUNNING_EVENTS, r -> envelope.id().equals(r.header("ce_id")),
                Pipeline.WAIT).value());
        assertThat(dead.header("dead-letter-reason"))
                .isEqualTo("EMAIL to " + NotificationAddresses.mask(email) + " failed 3 times, last: 503 Service Unavailable");
        given().get("/api/v1/tenants/{t}/failed-messages", tenant).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].sourceEventId", is(reminder.reminderId()))
                .body("[0].sourceType", is("ReminderDue"))
                .body("[0].status", is("FAILED"))
                .body("[0].deadLettered", is(true))
                .body("[0].note", is(dead.header("dead-letter-reason")))
                .body("[0].messages[0].attempts", is(3));
        NotificationFailed failed = pipeline.<NotificationFailed>events("C-6", EventType.NOTIFICATION_FAILED, 1).get(0);
        assertThat(failed.failure()).isEqualTo(NotificationFailure.RETRIES_EXHAUSTED);

        clock.advance(Duration.ofHours(1));
        pipeline.run();
        assertThat(script.calls(emailId)).isEqualTo(3);

        // The outage is over: an operator tries it again, and it goes out once, under the same message id.
        script.recovers(email);
        given().post("/api/v1/tenants/{t}/failed-messages/{id}/retry", tenant, reminder.reminderId()).then().statusCode(202)
                .body("status", is("OPEN"))
                .body("note", is("tried again on request after: " + dead.header("dead-letter-reason")))
                .body("messages[0].status", is("RETRYING"))
                .body("messages[0].attempts", is(0));
        pipeline.run();
        pipeline.run();
        assertThat(script.calls(emailId)).isEqualTo(4);
        assertThat(pipeline.mailbox().getList("messageId")).containsExactly(emailId);
        JsonPath retried = pipeline.dispatch(reminder.reminderId());
        assertThat(retried.getString("status")).isEqualTo("DONE");
        assertThat(retried.getList("messages.status")).containsExactly("SENT");
        assertThat(pipeline.<NotificationSent>events("C-6", EventType.NOTIFICATION_SENT, 1).get(0).messageId()).isEqualTo(emailId);
        given().get("/api/v1/tenants/{t}/failed-messages", tenant).then().statusCode(200).body("$", hasSize(0));
        given().post("/api/v1/tenants/{t}/failed-messages/{id}/retry", tenant, reminder.reminderId()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("ReminderDue " + reminder.reminderId() + " is DONE; only FAILED and UNDELIVERABLE ones are tried again"));
    }

    @Test
    void aStepsReminderLetterAndItsEscalationLetterAreOneLetterCallsAndHandOffsAreRecorded() throws Throwable {
        events.customer("C-7", "de", "Europe/Berlin", List.of(), List.of(), false, false, false);
        pipeline.awaitContact("C-7");
        ReminderDue reminder = events.reminder("C-7", DunningEvents.FINAL_NOTICE, "final-notice", "de", Channel.LETTER, Channel.EMAIL);
        EscalationRaised letter = events.escalation("C-7", EscalationKind.LETTER, DunningEvents.FINAL_NOTICE, "INV-OTHER");
        EscalationRaised call = events.escalation("C-7", EscalationKind.CALL_TASK, DunningEvents.OVERDUE_14, "INV-C-7");
        EscalationRaised agency = events.escalation("C-7", EscalationKind.AGENCY_HANDOFF, DunningEvents.FINAL_NOTICE, "INV-C-7");
        List.of(reminder).forEach(events::publish);
        List.of(letter, call, agency).forEach(events::publish);
        List.of(reminder.reminderId(), letter.escalationId(), call.escalationId(), agency.escalationId()).forEach(pipeline::awaitDispatch);

        pipeline.run();

        JsonPath letters = given().get("/api/v1/tenants/{t}/letters?status=TO_PRINT", tenant).then().statusCode(200).extract().jsonPath();
        assertThat(letters.getList("$")).hasSize(1);
        assertThat(letters.getList("[0].sourceEventIds")).containsExactlyInAnyOrder(reminder.reminderId(), letter.escalationId());
        assertThat(letters.getList("[0].items.invoiceNumber")).containsExactlyInAnyOrder("INV-C-7", "INV-OTHER");
        assertThat(letters.getString("[0].recipientName")).isEqualTo("Customer C-7 GmbH");
        given().get("/api/v1/tenants/{t}/letters/{id}", tenant, letters.getString("[0].letterId")).then().statusCode(200)
                .body("html", org.hamcrest.Matchers.containsString("INV-OTHER"));
        assertThat(pipeline.dispatch(reminder.reminderId()).getString("status")).isEqualTo("DONE");
        assertThat(pipeline.dispatch(call.escalationId()).getString("status")).isEqualTo("DONE");
        assertThat(pipeline.dispatch(call.escalationId()).getList("messages.status")).containsExactly("RECORDED");
        assertThat(pipeline.dispatch(agency.escalationId()).getString("status")).isEqualTo("RECORDED");
        assertThat(pipeline.mailbox().getList("$")).isEmpty();
        assertThat(pipeline.<NotificationSent>events("C-7", EventType.NOTIFICATION_SENT, 2))
                .extracting(NotificationSent::channel, NotificationSent::provider)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(Channel.LETTER, "letters"));
    }

    @Test
    void aReminderNoChannelCanCarryIsListedAsUndeliverable() throws Throwable {
        events.customer("C-8", "de", "Europe/Berlin", List.of(events.email("x")), List.of(), false, false, false);
        pipeline.awaitContact("C-8");
        ReminderDue reminder = events.reminder("C-8", "de", Channel.EMAIL, Channel.SMS);
        events.publish(reminder);
        pipeline.awaitDispatch(reminder.reminderId());

        pipeline.run();

        given().get("/api/v1/tenants/{t}/failed-messages", tenant).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", is("UNDELIVERABLE"))
                .body("[0].deadLettered", is(false))
                .body("[0].note", is("no channel left: EMAIL: no consent; SMS: no consent"));
        pipeline.run();
        assertThat(pipeline.mailbox().getList("$")).isEmpty();

        // The ERP records the customer's consent; an operator tries the reminder again, planned from the new master data.
        events.customer("C-8", "de", "Europe/Berlin", List.of(events.email("x")), List.of(), true, false, false);
        await().atMost(Pipeline.WAIT).untilAsserted(() -> given().get("/api/v1/tenants/{t}/customers/C-8/contact", tenant)
                .then().statusCode(200).body("consent.email", is(true)));
        given().post("/api/v1/tenants/{t}/failed-messages/{id}/retry", tenant, reminder.reminderId()).then().statusCode(202)
                .body("status", is("OPEN"));
        pipeline.run();
        assertThat(pipeline.mailbox().getList("to")).containsExactly(events.email("x"));
        assertThat(pipeline.dispatch(reminder.reminderId()).getString("status")).isEqualTo("DONE");
        given().post("/api/v1/tenants/{t}/failed-messages/{id}/retry", tenant, "rem-unknown").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aReminderThatIsNotAValidEventIsDeadLetteredWithTheReason() {
        ReminderDue reminder = events.reminder("C-9", "de", Channel.EMAIL);
        EventEnvelope envelope = new EventEnvelope(reminder.reminderId(), EventType.REMINDER_DUE, "/arrears/dunning-engine",
                MONDAY_MORNING, "C-9", reminder);
        TestKafka.send(Topics.DUNNING_EVENTS, envelope.key(), envelope.headers(), "{\"tenantId\": \"" + tenant + "\"}");

        TestKafka.Received dead = TestKafka.awaitRecord(Topics.deadLetter(Topics.DUNNING_EVENTS, "notification-service"),
                r -> reminder.reminderId().equals(r.header("ce_id")), Pipeline.WAIT);
        assertThat(dead.header("dead-letter-reason")).contains("breaks its schema").contains("customerId");
    }

    private void record(DeliveryUpdate update) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> deliveryUpdates.record(List.of(update)));
    }
}
