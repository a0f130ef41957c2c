package dev.arrears.notification;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.testsupport.TestKafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What invoice-service and the dunning engine publish, as a test of this service needs it, for one tenant. */
public final class DunningEvents {

    public static final PolicyStep OVERDUE_14 = new PolicyStep("default", 1, 3, "overdue-14");
    public static final PolicyStep FINAL_NOTICE = new PolicyStep("default", 1, 7, "final-notice-letter");

    private final String tenant;

    public DunningEvents(String tenant) {
        this.tenant = tenant;
    }

    public String tenant() {
        return tenant;
    }

    /** A customer's master data; addresses are made unique to the tenant, so opt-outs of one test stay in it. */
    public CustomerUpserted customer(String customerId, String language, String zone, List<String> emails, List<String> phones,
                                     boolean email, boolean sms, boolean voice) {
        CustomerUpserted customer = new CustomerUpserted(tenant, customerId, "ERP-" + customerId, "Customer " + customerId + " GmbH",
                emails, phones, language, zone, "DE", new CustomerUpserted.Segment(null, null, List.of(), null),
                new CustomerUpserted.Consent(email, sms, voice), 30);
        publish(UUID.randomUUID().toString(), customer);
        return customer;
    }

    /** A customer known by name and postal address only, as for letters. */
    public CustomerUpserted customerAt(String customerId, String language, CustomerUpserted.PostalAddress address) {
        CustomerUpserted customer = new CustomerUpserted(tenant, customerId, "ERP-" + customerId, "Customer " + customerId + " GmbH",
                List.of(), List.of(), language, "Europe/Berlin", "DE", new CustomerUpserted.Segment(null, null, List.of(), null),
                new CustomerUpserted.Consent(false, false, false), 30, address);
        publish(UUID.randomUUID().toString(), customer);
        return customer;
    }

    /** An email address of this tenant's customer. */
    public String email(String local) {
        return local + "@" + tenant + ".example.com";
    }

    /** A unique E.164 number. */
    public static String phone() {
        return "+49170" + String.format("%07d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000L));
    }

    public ReminderDue reminder(String customerId, String language, Channel... channels) {
        return reminder(customerId, OVERDUE_14, "overdue", language, channels);
    }

    public ReminderDue reminder(String customerId, PolicyStep step, String template, String language, Channel... channels) {
        return new ReminderDue(tenant, customerId, "rem-" + UUID.randomUUID(), step, Tone.FIRM, template, language, List.of(channels),
                items("INV-" + customerId), List.of(Money.of("1190.00", "EUR")), Instant.parse("2026-11-16T08:00:00Z"));
    }

    public EscalationRaised escalation(String customerId, EscalationKind kind, PolicyStep step, String invoiceNumber) {
        return new EscalationRaised(tenant, customerId, "esc-" + UUID.randomUUID(), kind, step, "60 days overdue", items(invoiceNumber),
                kind == EscalationKind.CALL_TASK ? "collections" : null, null);
    }

    private static List<DunnedItem> items(String invoiceNumber) {
        return List.of(new DunnedItem("id-" + invoiceNumber, invoiceNumber, null, LocalDate.parse("2026-10-31"), 16,
                Money.of("1190.00", "EUR"), 4));
    }

    /** Publishes the reminder under its own id, as the dunning engine does. */
    public EventEnvelope publish(ReminderDue reminder) {
        return publish(reminder.reminderId(), reminder);
    }

    public EventEnvelope publish(EscalationRaised escalation) {
        return publish(escalation.escalationId(), escalation);
    }

    public EventEnvelope publish(String eventId, ArrearsEvent event) {
        EventEnvelope envelope = new EventEnvelope(eventId, EventType.of(event), source(event), Instant.parse("2026-11-16T08:00:00Z"),
                event.key().customerId(), event);
        send(envelope);
        return envelope;
    }

    public static void send(EventEnvelope envelope) {
        try {
            TestKafka.send(envelope.topic(), envelope.key(), envelope.headers(), ArrearsJson.mapper().writeValueAsString(envelope.data()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(ArrearsEvent event) {
        return event instanceof CustomerUpserted ? "/arrears/invoice-service" : "/arrears/dunning-engine";
    }
}
