package dev.arrears.dunning;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.ArrearsJson;
import dev.arrears.contracts.EventEnvelope;
import dev.arrears.contracts.EventType;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.PaymentReceived;
import dev.arrears.testsupport.TestKafka;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** invoice-service's events as a test of the engine publishes them, for one tenant. */
public final class InvoiceEvents {

    private final String tenant;
    private final List<EventEnvelope> published = new java.util.concurrent.CopyOnWriteArrayList<>();

    public InvoiceEvents(String tenant) {
        this.tenant = tenant;
    }

    public CustomerUpserted customer(String customerId, String language, String zone, String country, boolean sms) {
        CustomerUpserted customer = new CustomerUpserted(tenant, customerId, "ERP-" + customerId, "Customer " + customerId + " GmbH",
                List.of(customerId.toLowerCase() + "@example.com"), List.of("+4930123456789"), language, zone, country,
                new CustomerUpserted.Segment("manufacturing", "MEDIUM", List.of(), "MEDIUM"),
                new CustomerUpserted.Consent(true, sms, false), 30);
        publish(customer);
        return customer;
    }

    public InvoiceIssued invoice(String customerId, String number, String issued, String due, String amount) {
        Money total = Money.of(amount, "EUR");
        InvoiceIssued invoice = new InvoiceIssued(tenant, customerId, UUID.randomUUID().toString(), number, LocalDate.parse(issued),
                LocalDate.parse(due), total, Money.zero("EUR"), total,
                List.of(new InvoiceIssued.Installment(1, LocalDate.parse(due), total)));
        publish(invoice);
        return invoice;
    }

    public PaymentReceived payInFull(InvoiceIssued invoice, String on) {
        PaymentReceived payment = new PaymentReceived(tenant, invoice.customerId(), "pay-" + UUID.randomUUID(), invoice.openAmount(),
                LocalDate.parse(on), Instant.parse(on + "T10:00:00Z"), "BANK_TRANSFER", null,
                List.of(new PaymentReceived.Allocation(invoice.invoiceId(), 1, invoice.openAmount(), Money.zero("EUR"))),
                Money.zero("EUR"));
        publish(payment);
        return payment;
    }

    public PaymentReceived pay(InvoiceIssued invoice, String amount, String open, String on) {
        PaymentReceived payment = new PaymentReceived(tenant, invoice.customerId(), "pay-" + UUID.randomUUID(), Money.of(amount, "EUR"),
                LocalDate.parse(on), Instant.parse(on + "T10:00:00Z"), "BANK_TRANSFER", null,
                List.of(new PaymentReceived.Allocation(invoice.invoiceId(), 1, Money.of(amount, "EUR"), Money.of(open, "EUR"))),
                Money.zero("EUR"));
        publish(payment);
        return payment;
    }

    public void publish(ArrearsEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventType.of(event), "/arrears/invoice-service",
                Instant.parse("2026-10-01T08:00:00Z"), event.key().customerId(), event);
        published.add(envelope);
        send(envelope);
    }

    /** Publishes every event again under its original id, as a consumer replaying the topic from the start sees it. */
    public void replay() {
        List.copyOf(published).forEach(InvoiceEvents::send);
    }

    private static void send(EventEnvelope envelope) {
        ArrearsEvent event = envelope.data();
        try {
            TestKafka.send(envelope.topic(), envelope.key(), envelope.headers(), ArrearsJson.mapper().writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
