package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.Payment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Payments, always looked up within one tenant. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, String> {

    public Uni<Payment> findInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }
}
