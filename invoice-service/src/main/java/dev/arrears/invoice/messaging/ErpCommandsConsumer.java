package dev.arrears.invoice.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.contracts.CloudEventHeaders;
import dev.arrears.contracts.EventKey;
import dev.arrears.invoice.domain.CreditNote;
import dev.arrears.invoice.domain.Customer;
import dev.arrears.invoice.domain.CustomerDetails;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.IssueInvoice;
import dev.arrears.invoice.domain.Payment;
import dev.arrears.invoice.service.CreditNoteService;
import dev.arrears.invoice.service.CustomerService;
import dev.arrears.invoice.service.IdempotentRequests;
import dev.arrears.invoice.service.IdempotentRequests.StoredResponse;
import dev.arrears.invoice.service.InvoiceService;
import dev.arrears.invoice.service.PaymentService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Applies ERP commands from {@code arrears.erp.commands} with the same validation and idempotency as
 * REST: the command id ({@code ce_id}) is its Idempotency-Key, so a redelivered command changes nothing.
 * A command that cannot be applied is dead-lettered with the reason and does not block its partition.
 */
@ApplicationScoped
public class ErpCommandsConsumer {

    private static final Logger LOG = Logger.getLogger(ErpCommandsConsumer.class);

    private final ObjectMapper mapper;
    private final IdempotentRequests idempotency;
    private final CustomerService customers;
    private final InvoiceService invoices;
    private final PaymentService payments;
    private final CreditNoteService creditNotes;

    ErpCommandsConsumer(ObjectMapper mapper, IdempotentRequests idempotency, CustomerService customers,
                        InvoiceService invoices, PaymentService payments, CreditNoteService creditNotes) {
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
        this.creditNotes = creditNotes;
    }

    @Incoming("erp-commands")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        try {
            return logged(record, apply(record)).replaceWithVoid();
        } catch (RuntimeException | JsonProcessingException e) {
            return logged(record, Uni.createFrom().<StoredResponse>failure(e)).replaceWithVoid();
        }
    }

    private Uni<StoredResponse> logged(ConsumerRecord<String, String> record, Uni<StoredResponse> applied) {
        return applied.onFailure().invoke(e -> LOG.warnf("dead-lettering ERP command %s-%d@%d: %s",
                record.topic(), record.partition(), record.offset(), e.getMessage()));
    }

    private Uni<StoredResponse> apply(ConsumerRecord<String, String> record) throws JsonProcessingException {
        String id = require(record, CloudEventHeaders.ID);
        String type = require(record, CloudEventHeaders.TYPE);
        ErpCommand command = ErpCommand.ofType(type)
                .orElseThrow(() -> new InvalidInput(CloudEventHeaders.TYPE, "unknown command type '" + type + "'"));
        EventKey key;
        try {
            key = EventKey.parse(record.key());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("key", e.getMessage());
        }
        String tenant = key.tenantId();
        String payload = record.value();
        if (payload == null || payload.isBlank()) {
            throw new InvalidInput("payload", "command " + id + " has no payload");
        }
        String idempotencyKey = "erp-command:" + id;
        String request = type + "\n" + payload;
        return switch (command) {
            case UPSERT_CUSTOMER -> {
                CustomerDetails details = mapper.readValue(payload, CustomerDetails.class);
                yield idempotency.run(tenant, idempotencyKey, request,
                        () -> customers.upsert(tenant, key.customerId(), details, null).map(c -> stored(c.id, c.version)));
            }
            case ISSUE_INVOICE -> {
                IssueInvoice issue = mapper.readValue(payload, IssueInvoice.class);
                forCustomer(issue.customerId(), key, issue);
                yield idempotency.run(tenant, idempotencyKey, request,
                        () -> invoices.issue(tenant, issue).map((Invoice i) -> stored(i.id, i.version)));
            }
            case RECORD_PAYMENT -> {
                PaymentService.RecordPayment payment = mapper.readValue(payload, PaymentService.RecordPayment.class);
                forCustomer(payment.customerId(), key, payment);
                yield idempotency.run(tenant, idempotencyKey, request,
                        () -> payments.receive(tenant, payment).map((Payment p) -> stored(p.id, p.version)));
            }
            case ISSUE_CREDIT_NOTE -> {
                CreditNoteService.IssueCreditNote note = mapper.readValue(payload, CreditNoteService.IssueCreditNote.class);
                forCustomer(note.customerId(), key, note);
                yield idempotency.run(tenant, idempotencyKey, request,
                        () -> creditNotes.issue(tenant, note).map((CreditNote n) -> stored(n.id, 0)));
            }
        };
    }

    /** The record key decides the partition, so it must name the customer the command is about. */
    private static <T> T forCustomer(String customerId, EventKey key, T command) {
        if (!key.customerId().equals(customerId)) {
            throw new InvalidInput("customerId", "command for customer " + customerId + " was keyed " + key);
        }
        return command;
    }

    private StoredResponse stored(String id, long version) {
        try {
            return StoredResponse.of(201, null, Long.toString(version), mapper.writeValueAsString(Map.of("id", id)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String require(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new InvalidInput(name, "header " + name + " is missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
