package dev.arrears.invoice.repository;

import dev.arrears.invoice.domain.LateFee;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Late fees, always looked up within one tenant. */
@ApplicationScoped
public class LateFeeRepository implements PanacheRepositoryBase<LateFee, LateFee.Key> {

    /**
     * Inserts the fee unless its id is recorded already, and answers whether it was new. A plain insert
     * conflicting with a concurrent delivery would abort the whole transaction; this one just does nothing.
     */
    public Uni<Boolean> recordOnce(LateFee fee) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into late_fee (tenant_id, fee_id, invoice_id, installment_number, kind, amount, currency, basis,
                                              period_start, period_end, policy_id, policy_version, step_index, step_name,
                                              assessed_at, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                        on conflict (tenant_id, fee_id) do nothing""")
                .setParameter(1, fee.tenantId)
                .setParameter(2, fee.feeId)
                .setParameter(3, fee.invoiceId)
                .setParameter(4, fee.installmentNumber)
                .setParameter(5, fee.kind.name())
                .setParameter(6, fee.amount)
                .setParameter(7, fee.currency)
                .setParameter(8, fee.basis)
                .setParameter(9, fee.periodStart)
                .setParameter(10, fee.periodEnd)
                .setParameter(11, fee.policyId)
                .setParameter(12, fee.policyVersion)
                .setParameter(13, fee.stepIndex)
                .setParameter(14, fee.stepName)
                .setParameter(15, fee.assessedAt)
                .setParameter(16, fee.recordedAt)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }

    /** The fees charged on the given invoices, in the order they were assessed. */
    public Uni<List<LateFee>> ofInvoices(String tenantId, Collection<String> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tenantId = ?1 and invoiceId in ?2 order by assessedAt, feeId", tenantId, invoiceIds);
    }
}
