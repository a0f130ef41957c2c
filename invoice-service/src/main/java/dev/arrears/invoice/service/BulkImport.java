package dev.arrears.invoice.service;

import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.IssueInvoice;
import dev.arrears.invoice.repository.CustomerRepository;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Issues invoices in chunks, one transaction per chunk, with the same rules as one-by-one issuing. Rows
 * that cannot be booked are reported with their line and reason; the others are issued. Invoice numbers
 * make a re-sent file harmless: rows already imported are reported as duplicates and change nothing.
 */
@ApplicationScoped
public class BulkImport {

    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock;

    BulkImport(InvoiceRepository invoices, CustomerRepository customers, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A row of the import: its line in the file, and the invoice it asks for or why it could not be read. */
    public record Row(long line, IssueInvoice invoice, RowError unreadable) {
    }

    /** Why one line was not imported. */
    public record RowError(long line, String field, String reason) {
    }

    /** What one chunk did. */
    public record ChunkResult(int accepted, List<RowError> rejected) {
    }

    @WithTransaction
    public Uni<ChunkResult> importChunk(String tenantId, List<Row> rows) {
        List<RowError> rejected = new ArrayList<>();
        List<Row> readable = new ArrayList<>();
        for (Row row : rows) {
            if (row.unreadable() != null) {
                rejected.add(row.unreadable());
            } else {
                readable.add(row);
            }
        }
        Set<String> customerIds = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        readable.forEach(r -> {
            customerIds.add(r.invoice().customerId());
            numbers.add(r.invoice().invoiceNumber());
        });
        return customers.find("tenantId = ?1 and id in ?2", tenantId, customerIds).project(IdOnly.class).list()
                .chain(known -> invoices.find("tenantId = ?1 and invoiceNumber in ?2", tenantId, numbers).project(NumberOnly.class).list()
                        .map(taken -> plan(tenantId, readable, idsOf(known), numbersOf(taken), rejected)))
                .chain(valid -> valid.isEmpty()
                        ? Uni.createFrom().item(new ChunkResult(0, rejected))
                        : invoices.persist(valid).chain(invoices::flush)
                                .chain(() -> outbox.appendAll(valid.stream()
                                        .map(i -> outbox.envelope(LedgerEvents.issued(i), LedgerEvents.subject("invoice", i.id))).toList()))
                                .replaceWith(new ChunkResult(valid.size(), rejected)));
    }

    private List<Invoice> plan(String tenantId, List<Row> rows, Set<String> knownCustomers, Set<String> takenNumbers,
                               List<RowError> rejected) {
        List<Invoice> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>(takenNumbers);
        for (Row row : rows) {
            IssueInvoice command = row.invoice();
            try {
                Invoice invoice = Invoice.issue(tenantId, command, clock.instant());
                if (!knownCustomers.contains(command.customerId())) {
                    throw new InvalidInput("customerId", "unknown customer " + command.customerId());
                }
                if (!seen.add(command.invoiceNumber())) {
                    throw new InvalidInput("invoiceNumber", "invoice number " + command.invoiceNumber() + " already exists");
                }
                valid.add(invoice);
            } catch (InvalidInput e) {
                rejected.add(new RowError(row.line(), e.field(), e.getMessage()));
            } catch (IllegalArgumentException e) {
                rejected.add(new RowError(row.line(), null, e.getMessage()));
            }
        }
        return valid;
    }

    private static Set<String> idsOf(List<IdOnly> known) {
        Set<String> ids = new HashSet<>();
        known.forEach(k -> ids.add(k.id()));
        return ids;
    }

    private static Set<String> numbersOf(List<NumberOnly> taken) {
        Set<String> found = new HashSet<>();
        taken.forEach(t -> found.add(t.invoiceNumber()));
        return found;
    }

    /** Projection of a customer to its id. */
    public record IdOnly(String id) {
    }

    /** Projection of an invoice to its number. */
    public record NumberOnly(String invoiceNumber) {
    }
}
