package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.Allocator;
import dev.arrears.invoice.domain.Amounts;
import dev.arrears.invoice.domain.AppliedAmount;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.domain.Payment;
import dev.arrears.invoice.repository.CustomerRepository;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.invoice.repository.PaymentRepository;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Payments in and reversals out; each moves invoices' open amounts and publishes what it did. */
@ApplicationScoped
public class PaymentService {

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock;

    PaymentService(PaymentRepository payments, InvoiceRepository invoices, CustomerRepository customers, Outbox outbox, Clock clock) {
        this.payments = payments;
        this.invoices = invoices;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A payment as the bank or ERP reports it; without allocations it settles the oldest items first. */
    public record RecordPayment(String customerId, Money amount, LocalDate valueDate, String method, String reference,
                                List<Allocator.Instruction> allocations) {
    }

    @WithTransaction
    public Uni<Payment> receive(String tenantId, RecordPayment command) {
        Amounts.requirePositive("amount", command.amount());
        if (command.valueDate() == null) {
            throw new InvalidInput("valueDate", "valueDate is required");
        }
        String method = command.method() == null ? "BANK_TRANSFER" : command.method();
        if (!Payment.METHODS.contains(method)) {
            throw new InvalidInput("method", "method must be one of " + Payment.METHODS);
        }
        return customers.requireKnown(tenantId, command.customerId())
                .chain(() -> invoices.allocationTargets(tenantId, command.customerId(), command.allocations()))
                .map(open -> {
                    List<AppliedAmount> applied = Allocator.allocate(command.amount(), command.allocations(), open, clock.instant());
                    return Payment.receive(tenantId, command.customerId(), command.amount(), command.valueDate(), method,
                            command.reference(), applied, clock.instant());
                })
                .chain(payments::persistAndFlush)
                .call(payment -> outbox.append(LedgerEvents.received(payment), LedgerEvents.subject("payment", payment.id)));
    }

    /** A bounced payment or chargeback: everything it settled is open again. */
    @WithTransaction
    public Uni<Payment> reverse(String tenantId, String paymentId, String reason) {
        if (reason == null || !Payment.REVERSAL_REASONS.contains(reason)) {
            throw new InvalidInput("reason", "reason must be one of " + Payment.REVERSAL_REASONS);
        }
        return payments.findInTenant(tenantId, paymentId)
                .onItem().ifNull().failWith(() -> new NotFound("payment " + paymentId))
                .chain(payment -> {
                    payment.reverse(reason, clock.instant());
                    List<String> ids = payment.allocations.stream().map(AppliedAmount::invoiceId).distinct().toList();
                    return invoices.byIds(tenantId, payment.customerId, ids).chain(found -> {
                        Map<String, Invoice> byId = found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
                        List<AppliedAmount> reopened = new ArrayList<>();
                        for (AppliedAmount allocation : payment.allocations) {
                            Invoice invoice = byId.get(allocation.invoiceId());
                            reopened.add(new AppliedAmount(invoice.id, allocation.installmentNumber(), allocation.amount(),
                                    invoice.reopen(allocation.installmentNumber(), allocation.amount(), clock.instant())));
                        }
                        return payments.flush()
                                .call(() -> outbox.append(LedgerEvents.reversed(payment, reopened), LedgerEvents.subject("payment", payment.id)))
                                .replaceWith(payment);
                    });
                });
    }

    @WithSession
    public Uni<Payment> get(String tenantId, String id) {
        return payments.findInTenant(tenantId, id).onItem().ifNull().failWith(() -> new NotFound("payment " + id));
    }
}
