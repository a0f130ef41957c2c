package dev.arrears.contracts.dunning;

/** Why a dunning pause ended with items still open. */
public enum ResumeReason {
    /** The promised date passed without the promised money. */
    PROMISE_BROKEN,
    /** A hold with an end date reached it. */
    HOLD_EXPIRED,
    /** Someone released a hold before its end. */
    HOLD_RELEASED,
    DISPUTE_RESOLVED,
    PLAN_ENDED
}
