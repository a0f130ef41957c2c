package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.Allocator;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.InvoiceStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Invoices, always looked up within one tenant. */
@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, String> {

    public Uni<Invoice> findInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    public Uni<Boolean> numberTaken(String tenantId, String invoiceNumber) {
        return count("tenantId = ?1 and invoiceNumber = ?2", tenantId, invoiceNumber).map(n -> n > 0);
    }

    /** The customer's invoices that can still receive money. */
    public Uni<List<Invoice>> collectibleOf(String tenantId, String customerId) {
        return list("tenantId = ?1 and customerId = ?2 and status in ?3", tenantId, customerId,
                List.of(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID));
    }

    public Uni<List<Invoice>> byIds(String tenantId, String customerId, Collection<String> ids) {
        return list("tenantId = ?1 and customerId = ?2 and id in ?3", tenantId, customerId, ids);
    }

    /**
     * The invoices a payment or credit note may go to: those its instructions name (whatever their state, so
     * a voided or paid one gets a precise refusal), or else every collectible invoice of the customer.
     */
    public Uni<List<Invoice>> allocationTargets(String tenantId, String customerId, List<Allocator.Instruction> instructions) {
        if (instructions == null || instructions.isEmpty()) {
            return collectibleOf(tenantId, customerId);
        }
        return byIds(tenantId, customerId, instructions.stream()
                .filter(Objects::nonNull).map(Allocator.Instruction::invoiceId).filter(Objects::nonNull).distinct().toList());
    }

    /** One page of a tenant's invoices matching the filter, oldest due first, with the total count. */
    public Uni<PageOf<Invoice>> search(String tenantId, InvoiceFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (filter.customerId() != null) {
            query.append(" and customerId = :customer");
            parameters.and("customer", filter.customerId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.overdueAsOf() != null) {
            query.append(" and nextDueDate < :asOf and status in :collectible");
            parameters.and("asOf", filter.overdueAsOf()).and("collectible", new ArrayList<>(List.of(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)));
        }
        var found = find(query + " order by nextDueDate nulls last, issueDate, invoiceNumber", parameters);
        return found.page(Page.of(page, size)).list()
                .chain(items -> found.count().map(total -> new PageOf<>(items, page, size, total)));
    }

    /** Filters of the invoice search; {@code null} means any. */
    public record InvoiceFilter(String customerId, InvoiceStatus status, LocalDate overdueAsOf) {
    }
}
