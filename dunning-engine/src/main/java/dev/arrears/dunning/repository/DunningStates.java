package dev.arrears.dunning.repository;

import dev.arrears.contracts.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where each of a customer's items stands in dunning, for people and dashboards: read-only. A payment plan's
 * installments are items of their own ({@code plan:<planId>}), paid oldest first by what was paid on the
 * invoices the plan covers since it was agreed.
 */
@ApplicationScoped
public class DunningStates {

    /** One item's state; policy and level are {@code null}/0 until its first evaluation. */
    public record ItemState(String invoiceId, String invoiceNumber, int installmentNumber, LocalDate dueDate, Money openAmount,
                            boolean closed, String policyId, Integer policyVersion, int level, String pausedBy, String pauseReason,
                            LocalDate pausedUntil, Instant nextEvaluationAt) {
    }

    public Uni<List<ItemState>> ofCustomer(String tenantId, String customerId) {
        return NativeSql.rows("""
                        with plan_installments as (
                            select 'plan:' || p.plan_id as invoice_id, 'PLAN ' || p.plan_id as invoice_number,
                                   (x.value ->> 'number')::int as n, (x.value ->> 'dueDate')::date as due_date,
                                   (x.value -> 'amount' ->> 'amount')::numeric as amount, p.currency,
                                   sum((x.value -> 'amount' ->> 'amount')::numeric) over (partition by p.plan_id order by x.ordinality)
                                       as cumulative,
                                   p.total_amount - (select coalesce(sum(i.open_amount), 0) from dunning_item i
                                                     where i.tenant_id = p.tenant_id and not i.closed
                                                       and i.invoice_id = any (string_to_array(p.invoice_ids, ','))) as paid
                            from payment_plan_fact p, jsonb_array_elements(p.installments::jsonb) with ordinality x
                            where p.tenant_id = ?1 and p.customer_id = ?2),
                        items as (
                            select i.invoice_id, i.invoice_number, i.installment_number as n, i.due_date, i.open_amount, i.currency,
                                   i.closed
                            from dunning_item i
                            where i.tenant_id = ?1 and i.customer_id = ?2
                            union all
                            select q.invoice_id, q.invoice_number, q.n, q.due_date, greatest(0, least(q.amount, q.cumulative - q.paid)),
                                   q.currency, q.cumulative - q.paid <= 0
                            from plan_installments q)
                        select it.invoice_id, it.invoice_number, it.n, it.due_date, it.open_amount, it.currency, it.closed,
                               d.policy_id, d.policy_version,
                               (select coalesce(max(e.step_index) + 1, 0) from executed_step e where e.tenant_id = ?1
                                  and e.invoice_id = it.invoice_id and e.installment_number = it.n
                                  and e.policy_id = d.policy_id and e.policy_version = d.policy_version),
                               d.pause_id, d.pause_reason, d.pause_until, s.due_at
                        from items it
                        left join item_dunning d on d.tenant_id = ?1 and d.invoice_id = it.invoice_id and d.installment_number = it.n
                        left join dunning_schedule s on s.tenant_id = ?1 and s.invoice_id = it.invoice_id and s.installment_number = it.n
                        order by 4, 2, 3""", tenantId, customerId)
                .map(rows -> rows.stream().map(r -> new ItemState((String) r[0], (String) r[1], NativeSql.integer(r[2]), (LocalDate) r[3],
                        Money.atCurrencyScale((BigDecimal) r[4], NativeSql.text(r[5])), (Boolean) r[6], (String) r[7],
                        NativeSql.integer(r[8]), NativeSql.integer(r[9]), (String) r[10], (String) r[11], (LocalDate) r[12],
                        NativeSql.instant(r[13]))).toList());
    }
}
