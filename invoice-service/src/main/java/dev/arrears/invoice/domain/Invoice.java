package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.repository.json.InstallmentsJson;
import dev.arrears.invoice.repository.json.InvoiceLinesJson;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A receivable: what a tenant's customer owes on one ERP invoice, scheduled in installments, and how
 * much of each is still open. Every change of the open amount goes through this class, which keeps the
 * invariants: open amounts never negative, never above what was invoiced, and a status that matches them.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "invoice_number")
    public String invoiceNumber;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String currency;

    @Column(name = "total_amount")
    public BigDecimal totalAmount;

    @Column(name = "tax_amount")
    public BigDecimal taxAmount;

    @Column(name = "open_amount")
    public BigDecimal openAmount;

    @Column(name = "written_off_amount")
    public BigDecimal writtenOffAmount;

    @Column(name = "next_due_date")
    public LocalDate nextDueDate;

    @Convert(converter = InstallmentsJson.class)
    public List<Installment> installments;

    @Convert(converter = InvoiceLinesJson.class)
    public List<InvoiceLine> lines;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Issues an invoice whose whole amount is open, after checking it could be booked at all. */
    public static Invoice issue(String tenantId, IssueInvoice command, Instant now) {
        command.validate();
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID().toString();
        invoice.tenantId = tenantId;
        invoice.customerId = command.customerId();
        invoice.invoiceNumber = command.invoiceNumber();
        invoice.issueDate = command.issueDate();
        invoice.dueDate = command.dueDate();
        invoice.currency = command.totalAmount().currency();
        invoice.totalAmount = command.totalAmount().amount();
        invoice.taxAmount = command.taxAmount().amount();
        invoice.writtenOffAmount = BigDecimal.ZERO;
        invoice.installments = command.schedule();
        invoice.lines = command.lines() == null ? List.of() : List.copyOf(command.lines());
        invoice.status = InvoiceStatus.OPEN;
        invoice.createdAt = now;
        invoice.updatedAt = now;
        invoice.recompute();
        return invoice;
    }

    /** Amounts come back from numeric(19,4) columns with four decimals; carry them at the currency's scale. */
    @PostLoad
    void toCurrencyScale() {
        totalAmount = total().amount();
        taxAmount = tax().amount();
        openAmount = open().amount();
        writtenOffAmount = money(writtenOffAmount).amount();
    }

    public boolean isCollectible() {
        return status == InvoiceStatus.OPEN || status == InvoiceStatus.PARTIALLY_PAID;
    }

    /**
     * Applies {@code amount} to the given installment, or to the oldest open installments first, and
     * returns what went where. The amount must not exceed what is open.
     */
    public List<AppliedAmount> apply(BigDecimal amount, Integer installmentNumber, Instant now) {
        requireCollectible("apply money to");
        if (amount.signum() <= 0) {
            throw new InvalidInput("amount", "an allocation must be positive");
        }
        BigDecimal open = installmentNumber == null ? openAmount : installment(installmentNumber).open();
        if (amount.compareTo(open) > 0) {
            throw new InvalidInput("allocations", "allocation of " + amount.toPlainString() + " exceeds the open amount "
                    + open.toPlainString() + " of invoice " + invoiceNumber
                    + (installmentNumber == null ? "" : " installment " + installmentNumber));
        }
        record Part(int installment, BigDecimal amount) {
        }
        List<Part> parts = new ArrayList<>();
        BigDecimal remaining = amount;
        List<Installment> next = new ArrayList<>(installments);
        for (int i = 0; i < next.size() && remaining.signum() > 0; i++) {
            Installment inst = next.get(i);
            if (!inst.hasOpenAmount() || (installmentNumber != null && inst.number() != installmentNumber)) {
                continue;
            }
            BigDecimal part = Amounts.min(remaining, inst.open());
            next.set(i, inst.withOpen(inst.open().subtract(part)));
            parts.add(new Part(inst.number(), part));
            remaining = remaining.subtract(part);
        }
        installments = next;
        recompute();
        updatedAt = now;
        return parts.stream().map(p -> new AppliedAmount(id, p.installment(), p.amount(), openAmount)).toList();
    }

    /** Reopens {@code amount} of an installment that a reversed payment had settled. */
    public BigDecimal reopen(int installmentNumber, BigDecimal amount, Instant now) {
        Installment inst = installment(installmentNumber);
        BigDecimal reopened = inst.open().add(amount);
        if (reopened.compareTo(inst.amount()) > 0) {
            throw new Conflict("cannot reopen more than installment " + installmentNumber + " of invoice " + invoiceNumber + " amounts to");
        }
        List<Installment> next = new ArrayList<>(installments);
        next.set(next.indexOf(inst), inst.withOpen(reopened));
        installments = next;
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.WRITTEN_OFF) {
            status = InvoiceStatus.PARTIALLY_PAID;
        }
        recompute();
        updatedAt = now;
        return openAmount;
    }

    /**
     * Corrects amounts and schedule. What was already settled stays settled: it is applied again to the
     * new schedule, oldest installment first.
     */
    public void adjust(AdjustInvoice command, Instant now) {
        requireCollectible("adjust");
        command.validate(this);
        BigDecimal settled = totalAmount.subtract(writtenOffAmount).subtract(openAmount);
        BigDecimal newTotal = command.totalAmount().amount();
        if (newTotal.subtract(writtenOffAmount).compareTo(settled) < 0) {
            throw new InvalidInput("totalAmount", "totalAmount " + newTotal.toPlainString() + " is less than the "
                    + settled.add(writtenOffAmount).toPlainString() + " already settled or written off");
        }
        totalAmount = newTotal;
        taxAmount = command.taxAmount().amount();
        dueDate = command.dueDate();
        List<Installment> schedule = new ArrayList<>(command.schedule(issueDate));
        BigDecimal toSettle = settled.add(writtenOffAmount);
        for (int i = 0; i < schedule.size() && toSettle.signum() > 0; i++) {
            Installment inst = schedule.get(i);
            BigDecimal part = Amounts.min(toSettle, inst.open());
            schedule.set(i, inst.withOpen(inst.open().subtract(part)));
            toSettle = toSettle.subtract(part);
        }
        installments = schedule;
        status = InvoiceStatus.OPEN;
        recompute();
        updatedAt = now;
    }

    /** Cancels the invoice; only possible while nothing has been paid, credited or written off on it. */
    public BigDecimal voidInvoice(Instant now) {
        if (status == InvoiceStatus.VOIDED) {
            throw new Conflict("invoice " + invoiceNumber + " is already voided");
        }
        if (openAmount.compareTo(totalAmount) != 0) {
            throw new Conflict("invoice " + invoiceNumber + " has payments, credits or write-offs applied; reverse them before voiding");
        }
        BigDecimal voided = openAmount;
        installments = installments.stream().map(i -> i.withOpen(BigDecimal.ZERO)).toList();
        status = InvoiceStatus.VOIDED;
        recompute();
        updatedAt = now;
        return voided;
    }

    /** Declares {@code amount} of the open amount uncollectable, newest installments first. */
    public void writeOff(BigDecimal amount, Instant now) {
        requireCollectible("write off");
        if (amount.signum() <= 0) {
            throw new InvalidInput("amount", "a write-off must be positive");
        }
        if (amount.compareTo(openAmount) > 0) {
            throw new InvalidInput("amount", "write-off of " + amount.toPlainString() + " exceeds the open amount " + openAmount.toPlainString());
        }
        List<Installment> next = new ArrayList<>(installments);
        BigDecimal remaining = amount;
        for (int i = next.size() - 1; i >= 0 && remaining.signum() > 0; i--) {
            Installment inst = next.get(i);
            BigDecimal part = Amounts.min(remaining, inst.open());
            next.set(i, inst.withOpen(inst.open().subtract(part)));
            remaining = remaining.subtract(part);
        }
        installments = next;
        writtenOffAmount = writtenOffAmount.add(amount);
        recompute();
        updatedAt = now;
    }

    public Installment installment(int number) {
        return installments.stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> new InvalidInput("installmentNumber", "invoice " + invoiceNumber + " has no installment " + number));
    }

    /** Open installments in the order money is applied to them: oldest due first. */
    public static Comparator<Invoice> oldestFirst() {
        return Comparator.comparing((Invoice i) -> i.nextDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.issueDate)
                .thenComparing(i -> i.invoiceNumber);
    }

    public Money total() {
        return Money.atCurrencyScale(totalAmount, currency);
    }

    public Money tax() {
        return Money.atCurrencyScale(taxAmount, currency);
    }

    public Money open() {
        return Money.atCurrencyScale(openAmount, currency);
    }

    public Money money(BigDecimal amount) {
        return Money.atCurrencyScale(amount, currency);
    }

    private void requireCollectible(String action) {
        if (!isCollectible()) {
            throw new Conflict("cannot " + action + " invoice " + invoiceNumber + ": it is " + status.name().toLowerCase().replace('_', ' '));
        }
    }

    /** Derives the open amount, next due date and status from the installments. */
    private void recompute() {
        openAmount = installments.stream().map(Installment::open).reduce(BigDecimal.ZERO, BigDecimal::add);
        nextDueDate = installments.stream().filter(Installment::hasOpenAmount).map(Installment::dueDate).min(Comparator.naturalOrder()).orElse(null);
        if (status == InvoiceStatus.VOIDED) {
            return;
        }
        if (openAmount.signum() == 0) {
            status = writtenOffAmount.signum() > 0 ? InvoiceStatus.WRITTEN_OFF : InvoiceStatus.PAID;
        } else if (openAmount.compareTo(totalAmount) < 0) {
            status = InvoiceStatus.PARTIALLY_PAID;
        } else {
            status = InvoiceStatus.OPEN;
        }
    }
}
