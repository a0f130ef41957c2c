package dev.arrears.contracts.dunning;

/** Why dunning stopped for a customer or one of their invoices. */
public enum PauseReason {
    PROMISE_TO_PAY,
    MANUAL_HOLD,
    DISPUTE,
    PAYMENT_PLAN,
    /** The customer says they paid; dunning waits for the payment to arrive. */
    REPORTED_PAID
}
