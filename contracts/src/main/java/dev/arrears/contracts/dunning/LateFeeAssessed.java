package dev.arrears.contracts.dunning;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dunning step charged the customer a late fee or interest on an overdue invoice (or installment).
 *
 * <p>{@link #feeId()} is a deterministic UUID (lower case): a re-run of the same step produces the same id, and
 * the invoice ledger records each fee id once.
 *
 * @param installmentNumber the installment the fee is charged on, or {@code null} when the whole invoice is
 * @param amount the fee, greater than zero, in the invoice's currency
 * @param basis the calculation for people, e.g. {@code 10.15% p.a. on 1190.00 EUR from 2026-11-01 to
 *         2026-11-30 (30 days, actual/365)}
 * @param periodStart first day interest runs for, or {@code null} unless {@code kind} is {@link FeeKind#INTEREST}
 * @param periodEnd last day (inclusive) interest runs for, or {@code null} unless {@code kind} is
 *         {@link FeeKind#INTEREST}
 */
public record LateFeeAssessed(
        String tenantId,
        String customerId,
        String feeId,
        String invoiceId,
        String invoiceNumber,
        Integer installmentNumber,
        FeeKind kind,
        Money amount,
        String basis,
        LocalDate periodStart,
        LocalDate periodEnd,
        PolicyStep step,
        Instant assessedAt) implements ArrearsEvent {
}
