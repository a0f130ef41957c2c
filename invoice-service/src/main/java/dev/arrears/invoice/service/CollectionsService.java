package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.Dispute;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.Invoice;
import dev.arrears.invoice.domain.IssueInvoice;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.domain.PaymentPlan;
import dev.arrears.invoice.domain.PromiseToPay;
import dev.arrears.invoice.repository.DisputeRepository;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.invoice.repository.PaymentPlanRepository;
import dev.arrears.invoice.repository.PromiseRepository;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * What customers say about what they owe: disputes, promises to pay and payment plans. None of them
 * changes an open amount; each tells the dunning engine to hold back or follow another schedule.
 */
@ApplicationScoped
public class CollectionsService {

    private final InvoiceRepository invoices;
    private final DisputeRepository disputes;
    private final PromiseRepository promises;
    private final PaymentPlanRepository plans;
    private final Outbox outbox;
    private final Clock clock;

    CollectionsService(InvoiceRepository invoices, DisputeRepository disputes, PromiseRepository promises,
                       PaymentPlanRepository plans, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.disputes = disputes;
        this.promises = promises;
        this.plans = plans;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A dispute on an invoice: an amount, some lines, or (with neither) the whole open amount. */
    public record OpenDispute(String invoiceId, Money disputedAmount, List<Integer> lineNumbers, String reason) {
    }

    public record MakePromise(String customerId, Money promisedAmount, LocalDate promisedDate, List<String> invoiceIds,
                              String source) {
    }

    public record AgreePlan(String customerId, List<String> invoiceIds, List<IssueInvoice.ScheduledInstallment> installments) {
    }

    @WithTransaction
    public Uni<Dispute> openDispute(String tenantId, OpenDispute command) {
        return invoice(tenantId, command.invoiceId())
                .chain(invoice -> disputes.openlyDisputed(tenantId, invoice.id).chain(already -> {
                    Dispute dispute = Dispute.open(invoice, command.disputedAmount(), command.lineNumbers(), command.reason(),
                            already, clock.instant());
                    return disputes.persistAndFlush(dispute)
                            .call(saved -> outbox.append(LedgerEvents.disputeOpened(saved, invoice), LedgerEvents.subject("dispute", saved.id)));
                }));
    }

    @WithTransaction
    public Uni<Dispute> resolveDispute(String tenantId, String disputeId, String outcome, String note, Long expectedVersion) {
        return disputes.findInTenant(tenantId, disputeId)
                .onItem().ifNull().failWith(() -> new NotFound("dispute " + disputeId))
                .chain(dispute -> {
                    Versions.require(expectedVersion, dispute.version, "dispute " + disputeId);
                    dispute.resolve(outcome, note, clock.instant());
                    return invoice(tenantId, dispute.invoiceId).chain(invoice -> disputes.flush()
                            .call(() -> outbox.append(LedgerEvents.disputeResolved(dispute, invoice), LedgerEvents.subject("dispute", dispute.id)))
                            .replaceWith(dispute));
                });
    }

    @WithSession
    public Uni<Dispute> dispute(String tenantId, String id) {
        return disputes.findInTenant(tenantId, id).onItem().ifNull().failWith(() -> new NotFound("dispute " + id));
    }

    @WithTransaction
    public Uni<PromiseToPay> promise(String tenantId, MakePromise command) {
        return invoicesOf(tenantId, command.customerId(), command.invoiceIds())
                .map(found -> PromiseToPay.make(tenantId, command.customerId(), command.promisedAmount(), command.promisedDate(),
                        found, command.source(), LocalDate.now(clock), clock.instant()))
                .chain(promises::persistAndFlush)
                .call(promise -> outbox.append(LedgerEvents.promise(promise), LedgerEvents.subject("promise", promise.id)));
    }

    @WithTransaction
    public Uni<PaymentPlan> agreePlan(String tenantId, AgreePlan command) {
        return invoicesOf(tenantId, command.customerId(), command.invoiceIds())
                .map(found -> PaymentPlan.agree(tenantId, command.customerId(), found, command.installments(),
                        LocalDate.now(clock), clock.instant()))
                .chain(plans::persistAndFlush)
                .call(plan -> outbox.append(LedgerEvents.plan(plan), LedgerEvents.subject("payment-plan", plan.id)));
    }

    private Uni<Invoice> invoice(String tenantId, String id) {
        if (id == null) {
            throw new InvalidInput("invoiceId", "invoiceId is required");
        }
        return invoices.findInTenant(tenantId, id).onItem().ifNull().failWith(() -> new NotFound("invoice " + id));
    }

    /** The named invoices of the customer, failing on any that is not theirs. */
    private Uni<List<Invoice>> invoicesOf(String tenantId, String customerId, List<String> ids) {
        if (customerId == null) {
            throw new InvalidInput("customerId", "customerId is required");
        }
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInput("invoiceIds", "name at least one invoice");
        }
        return invoices.byIds(tenantId, customerId, new HashSet<>(ids)).invoke(found -> {
            if (found.size() != new HashSet<>(ids).size()) {
                throw new InvalidInput("invoiceIds", "not every invoice named is an invoice of customer " + customerId);
            }
        });
    }
}
