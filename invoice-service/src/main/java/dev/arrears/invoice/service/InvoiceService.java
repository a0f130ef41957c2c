package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.AdjustInvoice;
import dev.arrears.invoice.domain.Amounts;
import dev.arrears.invoice.domain.Conflict;
import dev.arrears.invoice.domain.Identifiers;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.IssueInvoice;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.repository.CustomerRepository;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.invoice.repository.PageOf;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;

/** Use cases on invoices; every state change and its event commit together through the outbox. */
@ApplicationScoped
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock;

    InvoiceService(InvoiceRepository invoices, CustomerRepository customers, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Invoice> issue(String tenantId, IssueInvoice command) {
        Invoice invoice = Invoice.issue(tenantId, command, clock.instant());
        return customers.requireKnown(tenantId, command.customerId())
                .chain(() -> invoices.numberTaken(tenantId, command.invoiceNumber()))
                .invoke(taken -> {
                    if (taken) {
                        throw new Conflict("invoice number " + command.invoiceNumber() + " already exists");
                    }
                })
                .chain(() -> invoices.persistAndFlush(invoice))
                .call(saved -> outbox.append(LedgerEvents.issued(saved), subject(saved)));
    }

    @WithTransaction
    public Uni<Invoice> adjust(String tenantId, String id, AdjustInvoice command, Long expectedVersion) {
        return load(tenantId, id, expectedVersion)
                .invoke(invoice -> invoice.adjust(command, clock.instant()))
                .call(invoice -> invoices.flush())
                .call(invoice -> outbox.append(LedgerEvents.adjusted(invoice, command.reason()), subject(invoice)));
    }

    @WithTransaction
    public Uni<Invoice> voidInvoice(String tenantId, String id, String reason, Long expectedVersion) {
        Identifiers.requireText("reason", reason);
        return load(tenantId, id, expectedVersion).call(invoice -> {
            BigDecimal voided = invoice.voidInvoice(clock.instant());
            return invoices.flush().call(() -> outbox.append(LedgerEvents.voided(invoice, reason, voided), subject(invoice)));
        });
    }

    @WithTransaction
    public Uni<Invoice> writeOff(String tenantId, String id, Money amount, String reason, Long expectedVersion) {
        Identifiers.requireText("reason", reason);
        return load(tenantId, id, expectedVersion).call(invoice -> {
            BigDecimal written = amount == null ? invoice.openAmount : amount.amount();
            if (amount != null) {
                Amounts.requireCurrency("amount", amount, invoice.currency);
            }
            invoice.writeOff(written, clock.instant());
            return invoices.flush().call(() -> outbox.append(LedgerEvents.writtenOff(invoice, reason, written), subject(invoice)));
        });
    }

    @WithSession
    public Uni<Invoice> get(String tenantId, String id) {
        return find(tenantId, id);
    }

    @WithSession
    public Uni<PageOf<Invoice>> search(String tenantId, InvoiceRepository.InvoiceFilter filter, int page, int size) {
        return invoices.search(tenantId, filter, page, size);
    }

    private Uni<Invoice> load(String tenantId, String id, Long expectedVersion) {
        return find(tenantId, id).invoke(invoice -> Versions.require(expectedVersion, invoice.version, "invoice " + id));
    }

    private Uni<Invoice> find(String tenantId, String id) {
        return invoices.findInTenant(tenantId, id).onItem().ifNull().failWith(() -> new NotFound("invoice " + id));
    }

    private static String subject(Invoice invoice) {
        return LedgerEvents.subject("invoice", invoice.id);
    }
}
