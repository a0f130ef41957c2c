package dev.arrears.invoice.service;

import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.LateFee;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.invoice.repository.LateFeeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Late fees the dunning engine assessed, recorded on their invoices. Fees are a receivable of their own:
 * recording one changes neither the invoice's open amount nor its version, and publishes nothing.
 */
@ApplicationScoped
public class LateFeeService {

    private final InvoiceRepository invoices;
    private final LateFeeRepository fees;
    private final Clock clock;

    LateFeeService(InvoiceRepository invoices, LateFeeRepository fees, Clock clock) {
        this.invoices = invoices;
        this.fees = fees;
        this.clock = clock;
    }

    /**
     * Records the fee unless its id was recorded before, and answers whether it was new. The dunning engine
     * derives the fee id deterministically, so keying on it (rather than on the event id) also absorbs a
     * re-run of the dunning step that published the same fee in a new event.
     */
    @WithTransaction
    public Uni<Boolean> record(LateFeeAssessed assessed) {
        return invoices.findInTenant(assessed.tenantId(), assessed.invoiceId())
                .onItem().ifNull().failWith(() -> new NotFound("invoice " + assessed.invoiceId() + " of late fee " + assessed.feeId()))
                .chain(invoice -> fees.recordOnce(LateFee.of(assessed, invoice, clock.instant())));
    }

    /** The invoice's fees, in the order they were assessed. */
    @WithSession
    public Uni<List<LateFee>> of(Invoice invoice) {
        return fees.ofInvoices(invoice.tenantId, List.of(invoice.id));
    }

    /** The fees of several invoices of one tenant (a search page), by invoice id; invoices without fees are absent. */
    @WithSession
    public Uni<Map<String, List<LateFee>>> of(String tenantId, List<Invoice> page) {
        return fees.ofInvoices(tenantId, page.stream().map(i -> i.id).toList())
                .map(found -> found.stream().collect(Collectors.groupingBy(f -> f.invoiceId)));
    }
}
