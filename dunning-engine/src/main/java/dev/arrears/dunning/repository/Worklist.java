package dev.arrears.dunning.repository;

import dev.arrears.contracts.Money;
import dev.arrears.dunning.domain.worklist.AccountScore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The accounts collectors should work, most urgent first (see {@link AccountScore}). */
@ApplicationScoped
public class Worklist {

    /** One account on the worklist. */
    public record Account(String customerId, String legalName, List<Money> overdue, int maxDaysOverdue, String riskClass,
                          Integer averageDaysLate, int brokenPromises, int openTasks, LocalDate nextTaskDue, BigDecimal score) {
    }

    /**
     * Customers with overdue open items; with {@code team}, only those with an open task for that team.
     *
     * @param promiseGraceDays a promise counts as broken once this many days after its date pass with the invoice open
     */
    public Uni<List<Account>> accounts(String tenantId, String team, LocalDate today, int promiseGraceDays) {
        return NativeSql.rows("""
                        with overdue as (
                            select customer_id, currency, sum(open_amount) as amount, max(?2 - due_date) as days
                            from dunning_item where tenant_id = ?1 and not closed and open_amount > 0 and due_date < ?2
                            group by customer_id, currency
                        )
                        select o.customer_id, p.legal_name, o.currency, o.amount, o.days, p.risk_class,
                               (select round(avg(greatest(settled_on - due_date, 0))) from dunning_item s
                                where s.tenant_id = ?1 and s.customer_id = o.customer_id and s.settled_on is not null),
                               (select count(*) from promise_fact pf where pf.tenant_id = ?1 and pf.customer_id = o.customer_id
                                  and pf.promised_date + cast(?3 as integer) < ?2 and exists (
                                    select 1 from dunning_item i where i.tenant_id = ?1
                                      and i.invoice_id = any (string_to_array(pf.invoice_ids, ','))
                                      and ((not i.closed and i.open_amount > 0) or i.settled_on > pf.promised_date + cast(?3 as integer)))),
                               (select count(*) from call_task t where t.tenant_id = ?1 and t.customer_id = o.customer_id
                                  and t.status = 'OPEN' and (cast(?4 as text) is null or t.team = ?4)),
                               (select min(t.due_date) from call_task t where t.tenant_id = ?1 and t.customer_id = o.customer_id
                                  and t.status = 'OPEN' and (cast(?4 as text) is null or t.team = ?4))
                        from overdue o left join customer_profile p on p.tenant_id = ?1 and p.customer_id = o.customer_id
                        order by o.customer_id, o.currency""", tenantId, today, promiseGraceDays, team)
                .map(rows -> {
                    Map<String, List<Object[]>> byCustomer = new LinkedHashMap<>();
                    rows.forEach(r -> byCustomer.computeIfAbsent((String) r[0], c -> new ArrayList<>()).add(r));
                    List<Account> accounts = new ArrayList<>();
                    byCustomer.forEach((customer, currencies) -> {
                        Object[] first = currencies.get(0);
                        int openTasks = ((Number) first[8]).intValue();
                        if (team != null && openTasks == 0) {
                            return;
                        }
                        BigDecimal total = currencies.stream().map(r -> (BigDecimal) r[3]).reduce(BigDecimal.ZERO, BigDecimal::add);
                        int days = currencies.stream().mapToInt(r -> ((Number) r[4]).intValue()).max().orElse(0);
                        Integer averageLate = first[6] == null ? null : ((Number) first[6]).intValue();
                        int broken = ((Number) first[7]).intValue();
                        accounts.add(new Account(customer, (String) first[1],
                                currencies.stream().map(r -> Money.atCurrencyScale((BigDecimal) r[3], NativeSql.text(r[2]))).toList(),
                                days, (String) first[5], averageLate, broken, openTasks, (LocalDate) first[9],
                                AccountScore.of(total, days, (String) first[5], broken, averageLate)));
                    });
                    accounts.sort(Comparator.comparing(Account::score).reversed().thenComparing(Account::customerId));
                    return accounts;
                });
    }
}
