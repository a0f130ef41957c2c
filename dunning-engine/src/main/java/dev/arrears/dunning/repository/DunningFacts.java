package dev.arrears.dunning.repository;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.invoice.InvoiceIssued;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
                    installment.amount().currency(), amount, amount.subtract(part), now);
        }).collect().last().replaceWithVoid();
    }

    /** Replaces an invoice's schedule (an adjustment), keeping what was settled applied oldest first. */
    public Uni<Void> replaceInstallments(String tenantId, String customerId, String invoiceId, String invoiceNumber,
                                         List<InvoiceIssued.Installment> installments, Money openAmount, Instant now) {
        BigDecimal total = installments.stream().map(i -> i.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return items(tenantId, invoiceId).chain(current -> {
            // The adjustment event carries no issue date; the one recorded at issue stays.
            LocalDate issueDate = current.isEmpty() ? installments.get(0).dueDate() : current.get(0).issueDate();
            return execute("delete from dunning_item where tenant_id = ?1 and invoice_id = ?2", tenantId, invoiceId)
                    .chain(() -> addInstallments(tenantId, customerId, invoiceId, invoiceNumber, issueDate, installments,
                            total.subtract(openAmount.amount()), now));
        });
    }

    /** Moves an installment's open amount by {@code delta}: negative for money received, positive for a reversal. */
    public Uni<Void> changeOpen(String tenantId, String invoiceId, int installmentNumber, BigDecimal delta, Instant now) {
        return execute("""
                update dunning_item set open_amount = open_amount + ?4, updated_at = ?5
                where tenant_id = ?1 and invoice_id = ?2 and installment_number = ?3""",
                tenantId, invoiceId, installmentNumber, delta, now);
    }

    /** Closes every installment of an invoice (voided, or written off to zero): nothing more is sent for it. */
    public Uni<Void> close(String tenantId, String invoiceId, Instant now) {
        return execute("update dunning_item set open_amount = 0, closed = true, updated_at = ?3 where tenant_id = ?1 and invoice_id = ?2",
                tenantId, invoiceId, now);
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
                return changeOpen(tenantId, invoiceId, item.installmentNumber(), part.negate(), now);
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
                                   List<String> invoiceIds) {
        return execute("""
                insert into promise_fact (tenant_id, promise_id, customer_id, promised_date, amount, currency, invoice_ids)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""",
                tenantId, promiseId, customerId, promisedDate, amount.amount(), amount.currency(), String.join(",", invoiceIds));
    }

    public Uni<Void> upsertProfile(String tenantId, String customerId, String legalName, String language, String timeZone,
                                   String country, String riskClass, boolean email, boolean sms, boolean voice, Instant now) {
        return execute("""
                insert into customer_profile (tenant_id, customer_id, legal_name, language, time_zone, country, risk_class,
                                              consent_email, consent_sms, consent_voice, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (tenant_id, customer_id) do update set legal_name = excluded.legal_name, language = excluded.language,
                    time_zone = excluded.time_zone, country = excluded.country, risk_class = excluded.risk_class,
                    consent_email = excluded.consent_email, consent_sms = excluded.consent_sms,
                    consent_voice = excluded.consent_voice, updated_at = excluded.updated_at""",
                tenantId, customerId, legalName, language, timeZone, country, riskClass, email, sms, voice, now);
    }

    /** A customer's installments, oldest due first. */
    public Uni<List<Item>> itemsOfCustomer(String tenantId, String customerId) {
        return select("where tenant_id = ?1 and customer_id = ?2 order by due_date, invoice_number, installment_number", tenantId, customerId);
    }

    private Uni<List<Item>> items(String tenantId, String invoiceId) {
        return select("where tenant_id = ?1 and invoice_id = ?2 order by installment_number", tenantId, invoiceId);
    }

    private Uni<List<Item>> select(String where, Object... parameters) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery("""
                    select invoice_id, installment_number, customer_id, invoice_number, issue_date, due_date, currency, amount,
                           open_amount, closed from dunning_item""" + " " + where, Object[].class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new Item((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                (LocalDate) r[4], (LocalDate) r[5], ((String) r[6]).trim(), (BigDecimal) r[7], (BigDecimal) r[8], (Boolean) r[9])).toList());
    }

    private Uni<Void> execute(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
