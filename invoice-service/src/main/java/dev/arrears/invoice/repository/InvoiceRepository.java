package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.Invoice;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Invoices, always looked up within one tenant. */
@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, String> {

    public Uni<Invoice> findInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    public Uni<Boolean> numberTaken(String tenantId, String invoiceNumber) {
        return count("tenantId = ?1 and invoiceNumber = ?2", tenantId, invoiceNumber).map(n -> n > 0);
    }
}
