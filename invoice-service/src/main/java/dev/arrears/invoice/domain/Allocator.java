package dev.arrears.invoice.domain;

import dev.arrears.contracts.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies money (a payment or a credit note) to a customer's open invoices: to the items the customer
 * named, or, without instructions, to the oldest due installments first. Whatever is left is unapplied
 * credit; nothing is ever applied beyond what is open.
 */
public final class Allocator {

    private Allocator() {
    }

    /** An instruction to apply an amount to an invoice (and installment, if named). */
    public record Instruction(String invoiceId, Integer installmentNumber, Money amount) {
    }

    /**
     * @param openInvoices the customer's invoices that may receive money, any currency
     */
    public static List<AppliedAmount> allocate(Money money, List<Instruction> instructions, List<Invoice> openInvoices, Instant now) {
        Amounts.requirePositive("amount", money);
        return instructions == null || instructions.isEmpty()
                ? oldestFirst(money, openInvoices, now)
                : explicit(money, instructions, openInvoices, now);
    }

    private static List<AppliedAmount> oldestFirst(Money money, List<Invoice> openInvoices, Instant now) {
        List<AppliedAmount> applied = new ArrayList<>();
        BigDecimal remaining = money.amount();
        List<Invoice> candidates = openInvoices.stream()
                .filter(Invoice::isCollectible)
                .filter(i -> i.currency.equals(money.currency()))
                .sorted(Invoice.oldestFirst())
                .toList();
        for (Invoice invoice : candidates) {
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal part = Amounts.min(remaining, invoice.openAmount);
            applied.addAll(invoice.apply(part, null, now));
            remaining = remaining.subtract(part);
        }
        return applied;
    }

    private static List<AppliedAmount> explicit(Money money, List<Instruction> instructions, List<Invoice> openInvoices, Instant now) {
        Map<String, Invoice> byId = openInvoices.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        BigDecimal total = BigDecimal.ZERO;
        List<AppliedAmount> applied = new ArrayList<>();
        for (int n = 0; n < instructions.size(); n++) {
            Instruction instruction = instructions.get(n);
            String field = "allocations[" + n + "]";
            if (instruction == null || instruction.invoiceId() == null) {
                throw new InvalidInput(field + ".invoiceId", "every allocation names an invoiceId");
            }
            Invoice invoice = byId.get(instruction.invoiceId());
            if (invoice == null) {
                throw new InvalidInput(field + ".invoiceId", "invoice " + instruction.invoiceId() + " is not an invoice of this customer");
            }
            Amounts.requirePositive(field + ".amount", instruction.amount());
            Amounts.requireCurrency(field + ".amount", instruction.amount(), money.currency());
            if (!invoice.currency.equals(money.currency())) {
                throw new InvalidInput(field + ".invoiceId", "invoice " + invoice.invoiceNumber + " is in " + invoice.currency
                        + ", the money in " + money.currency());
            }
            total = total.add(instruction.amount().amount());
            if (total.compareTo(money.amount()) > 0) {
                throw new InvalidInput("allocations", "allocations add up to more than the " + money.amount().toPlainString() + " received");
            }
            applied.addAll(invoice.apply(instruction.amount().amount(), instruction.installmentNumber(), now));
        }
        return applied;
    }
}
