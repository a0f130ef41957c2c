package dev.arrears.dunning.repository;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.PaymentPlanAgreed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The engine's copy of the facts it decides on: installments with what is open, disputes, promises and
 * customer profiles. Written only from invoice events, inside the transaction that records the event.
 */
@ApplicationScoped
public class DunningFacts {

    /** One installment as the engine tracks it. */
    public record Item(String invoiceId, int installmentNumber, String customerId, String invoiceNumber, LocalDate issueDate,
                       LocalDate dueDate, String currency, BigDecimal amount, BigDecimal openAmount, boolean closed) {
    }

    public Uni<Void> addInstallments(String tenantId, String customerId, String invoiceId, String invoiceNumber, LocalDate issueDate,
                                     List<InvoiceIssued.Installment> installments, BigDecimal settled, Instant now) {
        BigDecimal[] toSettle = {settled};
        return Multi.createFrom().iterable(installments).onItem().transformToUniAndConcatenate(installment -> {
            BigDecimal amount = installment.amount().amount();
            BigDecimal part = toSettle[0].min(amount);
            toSettle[0] = toSettle[0].subtract(part);
            return execute("""
                    insert into dunning_item (tenant_id, invoice_id, installment_number, customer_id, invoice_number, issue_date,
                                              due_date, currency, amount, open_amount, closed, updated_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, false, ?11)""",
                    tenantId, invoiceId, installment.number(), customerId, invoiceNumber, issueDate, installment.dueDate(),
                    installment.amount().currency(), amount, amount.subtract(part), now)
                    .chain(() -> recordBalance(tenantId, invoiceId, installment.number(), issueDate));
        }).collect().last().replaceWithVoid();
    }

    /** Replaces an invoice's schedule (an adjustment), keeping what was settled applied oldest first. */
    public Uni<Void> replaceInstallments(String tenantId, String customerId, String invoiceId, String invoiceNumber,
                                         List<InvoiceIssued.Installment> installments, Money openAmount, Instant now) {
        BigDecimal total = installments.stream().map(i -> i.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return items(tenantId, invoiceId).chain(current -> {
            // The adjustment event carries no issue date; the one recorded at issue stays.
            LocalDate issueDate = current.isEmpty() ? installments.get(0).dueDate() : current.get(0).issueDate();
            // The balance history restarts with the new schedule: interest already assessed stays assessed.
            return execute("delete from dunning_item where tenant_id = ?1 and invoice_id = ?2", tenantId, invoiceId)
                    .chain(() -> execute("delete from item_balance where tenant_id = ?1 and invoice_id = ?2", tenantId, invoiceId))
                    .chain(() -> addInstallments(tenantId, customerId, invoiceId, invoiceNumber, issueDate, installments,
                            total.subtract(openAmount.amount()), now));
        });
    }

    /**
     * Moves an installment's open amount by {@code delta}: negative for money received, positive for a reversal.
     * The day it reaches zero is kept as the customer's payment behaviour (average days late).
     */
    public Uni<Void> changeOpen(String tenantId, String invoiceId, int installmentNumber, BigDecimal delta, LocalDate on,
                                Instant now) {
        return execute("""
                update dunning_item set open_amount = open_amount + ?4, updated_at = ?5,
                    settled_on = case when open_amount + ?4 <= 0 then cast(?6 as date) end
                where tenant_id = ?1 and invoice_id = ?2 and installment_number = ?3""",
                tenantId, invoiceId, installmentNumber, delta, now, on)
                .chain(() -> recordBalance(tenantId, invoiceId, installmentNumber, on == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : on));
    }

    /** Notes the installment's open amount as of {@code from}, for interest on what remains. */
    private Uni<Void> recordBalance(String tenantId, String invoiceId, int installmentNumber, LocalDate from) {
        return execute("""
                insert into item_balance (tenant_id, invoice_id, installment_number, effective_from, open_amount)
                select tenant_id, invoice_id, installment_number, ?4, open_amount from dunning_item
                where tenant_id = ?1 and invoice_id = ?2 and installment_number = ?3
                on conflict (tenant_id, invoice_id, installment_number, effective_from) do update set open_amount = excluded.open_amount""",
                tenantId, invoiceId, installmentNumber, from);
    }

    /** Closes every installment of an invoice (voided, or written off to zero): nothing more is sent for it. */
    public Uni<Void> close(String tenantId, String invoiceId, Instant now) {
        return execute("update dunning_item set open_amount = 0, closed = true, updated_at = ?3 where tenant_id = ?1 and invoice_id = ?2",
                tenantId, invoiceId, now)
                .chain(() -> execute("""
                        insert into item_balance (tenant_id, invoice_id, installment_number, effective_from, open_amount)
                        select tenant_id, invoice_id, installment_number, ?3, 0 from dunning_item where tenant_id = ?1 and invoice_id = ?2
                        on conflict (tenant_id, invoice_id, installment_number, effective_from) do update set open_amount = 0""",
                        tenantId, invoiceId, LocalDate.ofInstant(now, ZoneOffset.UTC)));
    }

    /** Reduces open amounts newest installment first, as the ledger books a partial write-off. */
    public Uni<Void> writeOff(String tenantId, String invoiceId, BigDecimal amount, Instant now) {
        return items(tenantId, invoiceId).chain(items -> {
            BigDecimal[] remaining = {amount};
            List<Item> newestFirst = new ArrayList<>(items);
            Collections.reverse(newestFirst);
            return Multi.createFrom().iterable(newestFirst).onItem().transformToUniAndConcatenate(item -> {
                BigDecimal part = remaining[0].min(item.openAmount());
                remaining[0] = remaining[0].subtract(part);
                return changeOpen(tenantId, invoiceId, item.installmentNumber(), part.negate(), null, now);
            }).collect().last().replaceWithVoid();
        });
    }

    public Uni<Void> recordDispute(String tenantId, String disputeId, String invoiceId, BigDecimal amount, String status) {
        return execute("""
                insert into dispute_fact (tenant_id, dispute_id, invoice_id, disputed_amount, status) values (?1, ?2, ?3, ?4, ?5)
                on conflict (tenant_id, dispute_id) do update set status = excluded.status""",
                tenantId, disputeId, invoiceId, amount, status);
    }

    public Uni<Void> recordPromise(String tenantId, String promiseId, String customerId, LocalDate promisedDate, Money amount,
                                   List<String> invoiceIds, String source) {
        return execute("""
                insert into promise_fact (tenant_id, promise_id, customer_id, promised_date, amount, currency, invoice_ids, source)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""",
                tenantId, promiseId, customerId, promisedDate, amount.amount(), amount.currency(), String.join(",", invoiceIds), source);
    }

    /** Keeps a payment plan; its installments are dunned in place of the invoices it covers. */
    public Uni<Void> recordPlan(PaymentPlanAgreed plan) {
        return execute("""
                insert into payment_plan_fact (tenant_id, plan_id, customer_id, invoice_ids, currency, total_amount, installments,
                                               installment_count, agreed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing""",
                plan.tenantId(), plan.planId(), plan.customerId(), String.join(",", plan.invoiceIds()), plan.totalAmount().currency(),
                plan.totalAmount().amount(), PlanInstallments.write(plan.installments()), plan.installments().size(), plan.agreedAt());
    }

    /** Replaces the customer's profile; a new profile also clears a phone number earlier reported wrong. */
    public Uni<Void> upsertProfile(CustomerUpserted c, Instant now) {
        return execute("""
                insert into customer_profile (tenant_id, customer_id, legal_name, language, time_zone, country, risk_class,
                                              consent_email, consent_sms, consent_voice, updated_at, industry, size, tags,
                                              has_email, has_phone, phone_invalid)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, false)
                on conflict (tenant_id, customer_id) do update set legal_name = excluded.legal_name, language = excluded.language,
                    time_zone = excluded.time_zone, country = excluded.country, risk_class = excluded.risk_class,
                    consent_email = excluded.consent_email, consent_sms = excluded.consent_sms,
                    consent_voice = excluded.consent_voice, updated_at = excluded.updated_at, industry = excluded.industry,
                    size = excluded.size, tags = excluded.tags, has_email = excluded.has_email, has_phone = excluded.has_phone,
                    phone_invalid = false""",
                c.tenantId(), c.customerId(), c.legalName(), c.language(), c.timeZone(), c.country(), c.segment().riskClass(),
                c.consent().email(), c.consent().sms(), c.consent().voice(), now, c.segment().industry(), c.segment().size(),
                String.join(",", c.segment().tags()), !c.emails().isEmpty(), !c.phones().isEmpty());
    }

    /** A collector found the customer's numbers wrong: calls and texts fall back to other channels until the next update. */
    public Uni<Void> markPhoneInvalid(String tenantId, String customerId) {
        return execute("update customer_profile set phone_invalid = true where tenant_id = ?1 and customer_id = ?2", tenantId, customerId);
    }

    /** A customer's installments, oldest due first. */
    public Uni<List<Item>> itemsOfCustomer(String tenantId, String customerId) {
        return select("where tenant_id = ?1 and customer_id = ?2 order by due_date, invoice_number, installment_number", tenantId, customerId);
    }

    private Uni<List<Item>> items(String tenantId, String invoiceId) {
        return select("where tenant_id = ?1 and invoice_id = ?2 order by installment_number", tenantId, invoiceId);
    }

    private Uni<List<Item>> select(String where, Object... parameters) {
        return NativeSql.rows("""
                select invoice_id, installment_number, customer_id, invoice_number, issue_date, due_date, currency, amount,
                       open_amount, closed from dunning_item""" + " " + where, parameters).map(rows -> rows.stream().map(r -> new Item((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                (LocalDate) r[4], (LocalDate) r[5], ((String) r[6]).trim(), (BigDecimal) r[7], (BigDecimal) r[8], (Boolean) r[9])).toList());
    }

    private static Uni<Void> execute(String sql, Object... parameters) {
        return NativeSql.execute(sql, parameters).replaceWithVoid();
    }
}
