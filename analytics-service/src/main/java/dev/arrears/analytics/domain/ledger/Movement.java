package dev.arrears.analytics.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Money that moved against an invoice: a payment, the reversal of one, a credit note or a write-off.
 *
 * @param date the day it counts for when the event names one (a payment's value date), else {@code null}
 * @param at when it happened, for events that name an instant only; dated in the customer's time zone
 * @param installment the installment it was applied to, or {@code null}: applied oldest due first
 * @param paymentId the payment a payment or reversal belongs to, so a reversal takes back its own payment
 */
public record Movement(Kind kind, LocalDate date, Instant at, Integer installment, BigDecimal amount, String paymentId) {

    public LocalDate day(ZoneId zone) {
        return date != null ? date : LocalDate.ofInstant(at, zone);
    }

    public enum Kind {
        PAYMENT,
        REVERSAL,
        CREDIT,
        WRITE_OFF
    }
}
