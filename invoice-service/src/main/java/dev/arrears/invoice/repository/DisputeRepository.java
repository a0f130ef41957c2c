package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.Dispute;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;

/** Disputes, always looked up within one tenant. */
@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<Dispute, String> {

    public Uni<Dispute> findInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /** What open disputes on the invoice already contest. */
    public Uni<BigDecimal> openlyDisputed(String tenantId, String invoiceId) {
        return find("tenantId = ?1 and invoiceId = ?2 and status = 'OPEN'", tenantId, invoiceId).list()
                .map(open -> open.stream().map(d -> d.disputedAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
