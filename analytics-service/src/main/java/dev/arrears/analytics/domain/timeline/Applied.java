package dev.arrears.analytics.domain.timeline;

import dev.arrears.analytics.domain.ledger.Movement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of a payment, credit note or write-off that reduced one installment, on the day it counts for.
 * For payments the amount is net of later reversals of the same payment: money that stayed.
 *
 * @param installment index into the timeline's installments (oldest due first)
 */
public record Applied(Movement.Kind kind, LocalDate day, int installment, BigDecimal amount, String paymentId) {

    Applied less(BigDecimal reversed) {
        return new Applied(kind, day, installment, amount.subtract(reversed), paymentId);
    }
}
