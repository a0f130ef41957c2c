package dev.arrears.dunning.repository;

import dev.arrears.dunning.domain.Receivable;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Receivables by tenant and customer. */
@ApplicationScoped
public class ReceivableRepository implements PanacheRepositoryBase<Receivable, Receivable.Key> {

    public Uni<List<Receivable>> ofCustomer(String tenantId, String customerId) {
        return list("tenantId = ?1 and customerId = ?2 order by dueDate, invoiceNumber", tenantId, customerId);
    }
}
