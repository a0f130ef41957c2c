package dev.arrears.dunning.domain.fee;

/** What an assessed fee is for. The contracts module will carry an identical enum: keep the names in step. */
public enum FeeKind {
    FIXED,
    PERCENTAGE,
    STATUTORY_COMPENSATION,
    INTEREST
}
