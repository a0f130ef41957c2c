package dev.arrears.dunning.audit;

/** What an audit entry records; stored by name, so constants may be added but never renamed. */
public enum AuditKind {
    STEP_EXECUTED,
    STEP_SKIPPED,
    STEP_NOT_APPLICABLE,
    PAUSED,
    RESUMED,
    SETTLED,
    LADDER_EXHAUSTED,
    REMINDER_EMITTED,
    ESCALATION_EMITTED,
    LATE_FEE_ASSESSED,
    HOLD_PLACED,
    HOLD_RELEASED,
    CALL_TASK_OUTCOME,
    POLICY_ASSIGNED
}
