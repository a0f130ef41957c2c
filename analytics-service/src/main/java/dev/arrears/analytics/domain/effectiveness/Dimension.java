package dev.arrears.analytics.domain.effectiveness;

/** What dunning effectiveness is compared by. */
public enum Dimension {
    /** {@code policyId/stepName} */
    STEP,
    /** A reminder's first channel, or an escalation's kind */
    CHANNEL,
    /** A reminder's template; several templates on one step are its A/B variants */
    TEMPLATE,
    TONE
}
