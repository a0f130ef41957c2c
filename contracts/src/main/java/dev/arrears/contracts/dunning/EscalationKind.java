package dev.arrears.contracts.dunning;

/** What a dunning step hands over to when reminders are no longer enough. */
public enum EscalationKind {
    CALL_TASK,
    LETTER,
    AGENCY_HANDOFF,
    SERVICE_BLOCK,
    WRITE_OFF_PROPOSAL
}
