package dev.arrears.dunning.repository;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.dunning.domain.assignment.CustomerSegment;
import dev.arrears.dunning.domain.fee.BalanceHistory;
import dev.arrears.dunning.domain.fee.FeeState;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.run.Debtor;
import dev.arrears.dunning.domain.run.ItemKey;
import dev.arrears.dunning.domain.run.Pause;
import dev.arrears.dunning.domain.run.RunResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads everything one customer's run decides on and writes back what it decided: the engine's state per
 * item (policy version, pause, recorded steps) and per customer (contacts). Runs inside the caller's
 * transaction, under the customer's lock.
 */
@ApplicationScoped
public class RunStore {

    /** The prefix of a payment plan's items: they are dunned as installments of the plan. */
    public static final String PLAN_PREFIX = "plan:";

    /** A customer as stored, with the segment policies are assigned on. */
    public record Profile(Debtor debtor, CustomerSegment segment, boolean known) {
    }

    /** What the engine keeps per item between runs. */
    public record ItemState(String policyId, int policyVersion, Pause pause) {
    }

    public Uni<Profile> profile(String tenantId, String customerId, ZoneId defaultZone, String defaultCountry) {
        return NativeSql.rows("""
                        select language, time_zone, country, risk_class, consent_email, consent_sms, consent_voice, industry, size,
                               tags, has_email, has_phone, phone_invalid,
                               (select round(avg(greatest(settled_on - due_date, 0))) from dunning_item
                                where tenant_id = ?1 and customer_id = ?2 and settled_on is not null)
                        from customer_profile where tenant_id = ?1 and customer_id = ?2""", tenantId, customerId)
                .map(rows -> {
                    if (rows.isEmpty()) {
                        // Invoices can arrive before their customer: dun them in the tenant's defaults, by letter and email.
                        Debtor debtor = new Debtor(tenantId, customerId, "en", defaultZone, defaultCountry, null,
                                Set.of(Channel.EMAIL, Channel.LETTER));
                        return new Profile(debtor, new CustomerSegment(null, null, defaultCountry, Set.of(), null, null), false);
                    }
                    Object[] r = rows.get(0);
                    boolean phone = (Boolean) r[11] && !(Boolean) r[12];
                    Set<Channel> reachable = EnumSet.of(Channel.LETTER);
                    if ((Boolean) r[4] && (Boolean) r[10]) {
                        reachable.add(Channel.EMAIL);
                    }
                    if ((Boolean) r[5] && phone) {
                        reachable.add(Channel.SMS);
                    }
                    if ((Boolean) r[6] && phone) {
                        reachable.add(Channel.VOICE);
                    }
                    if (phone) {
                        reachable.add(Channel.CALL_TASK);
                    }
                    String country = NativeSql.text(r[2]);
                    Debtor debtor = new Debtor(tenantId, customerId, (String) r[0], ZoneId.of((String) r[1]), country,
                            (String) r[3], reachable);
                    Set<String> tags = ((String) r[9]).isEmpty() ? Set.of() : Set.of(((String) r[9]).split(","));
                    Integer averageDaysLate = r[13] == null ? null : ((Number) r[13]).intValue();
                    return new Profile(debtor, new CustomerSegment((String) r[7], (String) r[8], country, tags, (String) r[3],
                            averageDaysLate), true);
                });
    }

    /**
     * The customer's items a run looks at: every open one, every scheduled one (a settled item is scheduled once more
     * so its pending steps are cancelled on record), and the installments of their payment plans, with disputed
     * amounts applied.
     */
    public Uni<List<ItemFacts>> items(String tenantId, String customerId) {
        return NativeSql.rows("""
                        select i.invoice_id, i.installment_number, i.invoice_number, i.issue_date, i.due_date, i.currency,
                               i.open_amount, i.closed,
                               (select count(*) from dunning_item j where j.tenant_id = i.tenant_id and j.invoice_id = i.invoice_id)
                        from dunning_item i
                        where i.tenant_id = ?1 and i.customer_id = ?2
                          and ((not i.closed and i.open_amount > 0) or exists (
                              select 1 from dunning_schedule s where s.tenant_id = i.tenant_id and s.invoice_id = i.invoice_id
                                and s.installment_number = i.installment_number))
                        order by i.due_date, i.invoice_number, i.installment_number""", tenantId, customerId)
                .chain(rows -> disputedByInvoice(tenantId, customerId).chain(disputed -> plans(tenantId, customerId).map(plans -> {
                    List<ItemFacts> items = new ArrayList<>();
                    Map<String, BigDecimal> disputeLeft = new HashMap<>(disputed);
                    for (Object[] r : rows) {
                        String invoiceId = (String) r[0];
                        BigDecimal open = (BigDecimal) r[6];
                        BigDecimal dispute = disputeLeft.getOrDefault(invoiceId, BigDecimal.ZERO).min(open.max(BigDecimal.ZERO));
                        disputeLeft.merge(invoiceId, dispute.negate(), BigDecimal::add);
                        items.add(new ItemFacts(tenantId, customerId, invoiceId, (String) r[2], NativeSql.integer(r[1]),
                                (LocalDate) r[3], (LocalDate) r[4], NativeSql.text(r[5]), open, dispute, null, (Boolean) r[7],
                                NativeSql.integer(r[8])));
                    }
                    for (Plan plan : plans) {
                        items.addAll(plan.items(tenantId, customerId));
                    }
                    return items;
                })));
    }

    private Uni<Map<String, BigDecimal>> disputedByInvoice(String tenantId, String customerId) {
        return NativeSql.rows("""
                        select d.invoice_id, sum(d.disputed_amount) from dispute_fact d
                        where d.tenant_id = ?1 and d.status = 'OPEN' and d.invoice_id in (
                            select invoice_id from dunning_item where tenant_id = ?1 and customer_id = ?2)
                        group by d.invoice_id""", tenantId, customerId)
                .map(rows -> {
                    Map<String, BigDecimal> disputed = new HashMap<>();
                    rows.forEach(r -> disputed.put((String) r[0], (BigDecimal) r[1]));
                    return disputed;
                });
    }

    /** A payment plan with what is still open on the invoices it covers. */
    private record Plan(String planId, Set<String> invoiceIds, String currency, BigDecimal total, List<InvoiceIssued.Installment> installments,
                        LocalDate agreedOn, BigDecimal stillOpen) {

        /** The plan's installments, paid oldest first by whatever has been paid on its invoices since it was agreed. */
        List<ItemFacts> items(String tenantId, String customerId) {
            BigDecimal paid = total.subtract(stillOpen).max(BigDecimal.ZERO);
            List<ItemFacts> items = new ArrayList<>();
            for (InvoiceIssued.Installment installment : installments) {
                BigDecimal amount = installment.amount().amount();
                BigDecimal covered = paid.min(amount);
                paid = paid.subtract(covered);
                BigDecimal open = amount.subtract(covered);
                items.add(new ItemFacts(tenantId, customerId, PLAN_PREFIX + planId, "PLAN " + planId, installment.number(), agreedOn,
                        installment.dueDate(), currency, open, BigDecimal.ZERO, null, open.signum() == 0));
            }
            return items;
        }

        boolean active() {
            return stillOpen.signum() > 0;
        }
    }

    private Uni<List<Plan>> plans(String tenantId, String customerId) {
        return NativeSql.rows("""
                        select p.plan_id, p.invoice_ids, p.currency, p.total_amount, p.installments, p.agreed_at,
                               (select coalesce(sum(i.open_amount), 0) from dunning_item i where i.tenant_id = p.tenant_id
                                  and i.invoice_id = any (string_to_array(p.invoice_ids, ',')) and not i.closed)
                        from payment_plan_fact p where p.tenant_id = ?1 and p.customer_id = ?2 order by p.agreed_at""",
                        tenantId, customerId)
                .map(rows -> rows.stream().map(r -> new Plan((String) r[0], Set.of(((String) r[1]).split(",")), NativeSql.text(r[2]),
                        (BigDecimal) r[3], PlanInstallments.read((String) r[4]),
                        LocalDate.ofInstant(NativeSql.instant(r[5]), java.time.ZoneOffset.UTC), (BigDecimal) r[6])).toList());
    }

    /**
     * The pause in force per invoice on {@code today}, by precedence: a manual hold, then a promise to pay (until the
     * promised date plus grace), then an active payment plan covering the invoice.
     */
    public Uni<Map<String, Pause>> pauses(String tenantId, String customerId, LocalDate today, int promiseGraceDays) {
        Uni<List<Object[]>> holds = NativeSql.rows("""
                select hold_id, invoice_id, reason, note, until from dunning_hold
                where tenant_id = ?1 and customer_id = ?2 and released_at is null and (until is null or until >= ?3)
                order by until desc nulls first""", tenantId, customerId, today);
        Uni<List<Object[]>> promises = NativeSql.rows("""
                select promise_id, invoice_ids, promised_date, amount, currency from promise_fact
                where tenant_id = ?1 and customer_id = ?2 order by promised_date""", tenantId, customerId);
        return holds.chain(h -> promises.chain(p -> plans(tenantId, customerId).chain(plans ->
                invoicesOf(tenantId, customerId).map(invoices -> {
                    Map<String, Pause> pauses = new HashMap<>();
                    for (Plan plan : plans) {
                        if (plan.active()) {
                            plan.invoiceIds().forEach(invoice -> pauses.put(invoice, new Pause(plan.planId(), PauseReason.PAYMENT_PLAN, null,
                                    "covered by payment plan " + plan.planId())));
                        }
                    }
                    for (Object[] r : p) {
                        LocalDate until = ((LocalDate) r[2]).plusDays(promiseGraceDays);
                        Pause pause = new Pause((String) r[0], PauseReason.PROMISE_TO_PAY, until, "promised "
                                + ((BigDecimal) r[3]).stripTrailingZeros().toPlainString() + " " + NativeSql.text(r[4]) + " by " + r[2]);
                        // Later promises come last and win; one already broken stays out of the way of a plan.
                        Arrays.stream(((String) r[1]).split(",")).forEach(invoice -> {
                            if (!today.isAfter(until) || !pauses.containsKey(invoice)) {
                                pauses.put(invoice, pause);
                            }
                        });
                    }
                    for (Object[] r : h) {
                        Pause pause = new Pause((String) r[0], PauseReason.valueOf((String) r[2]), (LocalDate) r[4], (String) r[3]);
                        if (r[1] == null) {
                            invoices.forEach(invoice -> pauses.putIfAbsent(invoice + "#hold", pause));
                        } else {
                            pauses.putIfAbsent(r[1] + "#hold", pause);
                        }
                    }
                    Map<String, Pause> result = new HashMap<>();
                    invoices.forEach(invoice -> {
                        Pause hold = pauses.get(invoice + "#hold");
                        Pause other = pauses.get(invoice);
                        if (hold != null || other != null) {
                            result.put(invoice, hold != null ? hold : other);
                        }
                    });
                    return result;
                }))));
    }

    private Uni<Set<String>> invoicesOf(String tenantId, String customerId) {
        return NativeSql.rows("select invoice_id, 1 from dunning_item where tenant_id = ?1 and customer_id = ?2 and not closed",
                        tenantId, customerId)
                .map(rows -> {
                    Set<String> invoices = new HashSet<>();
                    rows.forEach(r -> invoices.add((String) r[0]));
                    return invoices;
                });
    }

    public Uni<Map<ItemKey, ItemState>> states(String tenantId, String customerId) {
        return NativeSql.rows("""
                        select d.invoice_id, d.installment_number, d.policy_id, d.policy_version, d.pause_id, d.pause_reason,
                               d.pause_until, d.pause_note
                        from item_dunning d where d.tenant_id = ?1 and (d.invoice_id in (
                            select invoice_id from dunning_item where tenant_id = ?1 and customer_id = ?2)
                          or d.invoice_id in (select 'plan:' || plan_id from payment_plan_fact where tenant_id = ?1 and customer_id = ?2))""",
                        tenantId, customerId)
                .map(rows -> {
                    Map<ItemKey, ItemState> states = new HashMap<>();
                    for (Object[] r : rows) {
                        Pause pause = r[4] == null ? null
                                : new Pause((String) r[4], PauseReason.valueOf((String) r[5]), (LocalDate) r[6], (String) r[7]);
                        states.put(new ItemKey((String) r[0], NativeSql.integer(r[1])),
                                new ItemState((String) r[2], NativeSql.integer(r[3]), pause));
                    }
                    return states;
                });
    }

    /** The step indexes recorded per item under the policy version it is dunned under. */
    public Uni<Map<ItemKey, Set<Integer>>> recordedSteps(String tenantId, String customerId) {
        return NativeSql.rows("""
                        select e.invoice_id, e.installment_number, e.step_index from executed_step e
                        join item_dunning d on d.tenant_id = e.tenant_id and d.invoice_id = e.invoice_id
                          and d.installment_number = e.installment_number and d.policy_id = e.policy_id
                          and d.policy_version = e.policy_version
                        where e.tenant_id = ?1 and (e.invoice_id in (
                            select invoice_id from dunning_item where tenant_id = ?1 and customer_id = ?2)
                          or e.invoice_id in (select 'plan:' || plan_id from payment_plan_fact where tenant_id = ?1 and customer_id = ?2))""",
                        tenantId, customerId)
                .map(rows -> {
                    Map<ItemKey, Set<Integer>> recorded = new HashMap<>();
                    rows.forEach(r -> recorded.computeIfAbsent(new ItemKey((String) r[0], NativeSql.integer(r[1])), k -> new HashSet<>())
                            .add(NativeSql.integer(r[2])));
                    return recorded;
                });
    }

    public Uni<List<Instant>> contactsSince(String tenantId, String customerId, Instant since) {
        return NativeSql.rows("""
                        select contacted_at, contact_id from customer_contact
                        where tenant_id = ?1 and customer_id = ?2 and contacted_at >= ?3 order by contacted_at""",
                        tenantId, customerId, since)
                .map(rows -> rows.stream().map(r -> NativeSql.instant(r[0])).toList());
    }

    public Uni<Map<ItemKey, FeeState>> feeStates(String tenantId, String customerId) {
        Uni<List<Object[]>> balances = NativeSql.rows("""
                select b.invoice_id, b.installment_number, b.effective_from, b.open_amount from item_balance b
                join dunning_item i on i.tenant_id = b.tenant_id and i.invoice_id = b.invoice_id
                  and i.installment_number = b.installment_number
                where b.tenant_id = ?1 and i.customer_id = ?2 order by b.effective_from""", tenantId, customerId);
        Uni<List<Object[]>> fees = NativeSql.rows("""
                select f.invoice_id, f.installment_number, f.kind, f.period_end from assessed_fee f
                where f.tenant_id = ?1 and f.invoice_id in (select invoice_id from dunning_item where tenant_id = ?1 and customer_id = ?2)""",
                tenantId, customerId);
        return balances.chain(b -> fees.map(f -> {
            Map<ItemKey, BalanceHistory> histories = new HashMap<>();
            for (Object[] r : b) {
                ItemKey key = new ItemKey((String) r[0], NativeSql.integer(r[1]));
                BalanceHistory history = histories.get(key);
                histories.put(key, history == null ? BalanceHistory.of((LocalDate) r[2], (BigDecimal) r[3])
                        : history.changedOn((LocalDate) r[2], (BigDecimal) r[3]));
            }
            Map<ItemKey, LocalDate> accrued = new HashMap<>();
            Set<String> compensated = new HashSet<>();
            for (Object[] r : f) {
                if (FeeKind.STATUTORY_COMPENSATION.name().equals(r[2])) {
                    compensated.add((String) r[0]);
                }
                if (r[3] != null) {
                    accrued.merge(new ItemKey((String) r[0], NativeSql.integer(r[1])), (LocalDate) r[3],
                            (x, y) -> x.isAfter(y) ? x : y);
                }
            }
            Map<ItemKey, FeeState> states = new HashMap<>();
            histories.forEach((key, history) -> states.put(key,
                    new FeeState(history, accrued.get(key), compensated.contains(key.invoiceId()))));
            return states;
        }));
    }

    public Uni<Void> recordFee(LateFeeAssessed fee) {
        return NativeSql.execute("""
                insert into assessed_fee (tenant_id, fee_id, invoice_id, installment_number, kind, amount, currency, period_end, assessed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as date), ?9)""",
                fee.tenantId(), fee.feeId(), fee.invoiceId(), fee.installmentNumber(), fee.kind().name(), fee.amount().amount(),
                fee.amount().currency(), fee.periodEnd(), fee.assessedAt()).replaceWithVoid();
    }

    public Uni<Void> startDunning(String tenantId, ItemKey item, String policyId, int policyVersion, Instant now) {
        return NativeSql.execute("""
                insert into item_dunning (tenant_id, invoice_id, installment_number, policy_id, policy_version, started_at)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""",
                tenantId, item.invoiceId(), item.installmentNumber(), policyId, policyVersion, now).replaceWithVoid();
    }

    public Uni<Void> recordStep(String tenantId, RunResult.StepRecord step, Instant now) {
        return NativeSql.execute("""
                insert into executed_step (tenant_id, invoice_id, installment_number, policy_id, policy_version, step_index, step_id,
                                           outcome, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""",
                tenantId, step.item().invoiceId(), step.item().installmentNumber(), step.policyId(), step.policyVersion(),
                step.stepIndex(), step.stepId(), step.outcome().name(), now).replaceWithVoid();
    }

    public Uni<Void> recordPause(String tenantId, ItemKey item, Pause pause) {
        return NativeSql.execute("""
                update item_dunning set pause_id = ?4, pause_reason = ?5, pause_until = cast(?6 as date), pause_note = ?7
                where tenant_id = ?1 and invoice_id = ?2 and installment_number = ?3""",
                tenantId, item.invoiceId(), item.installmentNumber(), pause == null ? null : pause.id(),
                pause == null ? null : pause.reason().name(), pause == null ? null : pause.until(),
                pause == null ? null : pause.note()).replaceWithVoid();
    }

    public Uni<Void> recordContact(String tenantId, String customerId, String contactId, Instant at) {
        return NativeSql.execute("""
                insert into customer_contact (tenant_id, customer_id, contact_id, contacted_at) values (?1, ?2, ?3, ?4)
                on conflict do nothing""", tenantId, customerId, contactId, at).replaceWithVoid();
    }
}
