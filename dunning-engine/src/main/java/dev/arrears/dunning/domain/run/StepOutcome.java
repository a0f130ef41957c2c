package dev.arrears.dunning.domain.run;

/** What became of a policy step for an item; each (item, policy version, step) is recorded once. */
public enum StepOutcome {
    /** The step was carried out. */
    EXECUTED,
    /** A later step fell due at the same time and was carried out instead: never three reminders on one day. */
    SKIPPED,
    /** The step's conditions (minimum amount, risk class, quiet days) did not hold when it fell due. */
    NOT_APPLICABLE,
    /** Carried over from the previous policy version when the item was migrated to a new one. */
    MIGRATED
}
