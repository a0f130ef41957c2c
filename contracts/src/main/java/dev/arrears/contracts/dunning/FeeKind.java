package dev.arrears.contracts.dunning;

/** How a late fee was calculated. */
public enum FeeKind {
    /** A fixed amount per dunning step, from the policy. */
    FIXED,
    /** A percentage of the overdue amount, charged once. */
    PERCENTAGE,
    /** A lump sum the law grants a creditor for recovery costs, e.g. EUR 40 under Directive 2011/7/EU. */
    STATUTORY_COMPENSATION,
    /** Interest on the overdue amount over a period; the only kind with a period. */
    INTEREST
}
