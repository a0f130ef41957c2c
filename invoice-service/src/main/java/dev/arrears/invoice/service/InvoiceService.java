package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.Conflict;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;

/** Use cases on invoices; every state change and its event commit together through the outbox. */
@ApplicationScoped
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final Outbox outbox;
    private final Clock clock;

    InvoiceService(InvoiceRepository invoices, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Invoice> issue(String tenantId, String customerId, String invoiceNumber, LocalDate issueDate,
                              LocalDate dueDate, Money total, Money tax) {
        Invoice invoice = Invoice.issue(tenantId, customerId, invoiceNumber, issueDate, dueDate, total, tax, clock.instant());
        return invoices.numberTaken(tenantId, invoiceNumber)
                .invoke(taken -> {
                    if (taken) {
                        throw new Conflict("invoice number " + invoiceNumber + " already exists");
                    }
                })
                .chain(() -> invoices.persistAndFlush(invoice))
                .call(saved -> outbox.append(InvoiceIssuedEvents.of(saved), InvoiceIssuedEvents.subject(saved)));
    }

    @WithSession
    public Uni<Invoice> get(String tenantId, String id) {
        return invoices.findInTenant(tenantId, id).onItem().ifNull().failWith(() -> new NotFound("invoice " + id));
    }
}
