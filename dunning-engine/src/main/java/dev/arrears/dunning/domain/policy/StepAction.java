package dev.arrears.dunning.domain.policy;

/** What a dunning step does besides (or instead of) reminding. */
public enum StepAction {
    SEND_REMINDER,
    CREATE_CALL_TASK,
    SEND_LETTER,
    ASSESS_LATE_FEE,
    SERVICE_BLOCK,
    AGENCY_HANDOFF,
    PROPOSE_WRITE_OFF
}
