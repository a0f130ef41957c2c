package dev.arrears.dunning.domain.policy;

/** The date a step's offset counts from. */
public enum Anchor {
    /** Days after the invoice was issued: courtesy reminders that go out before anything is late. */
    ISSUE_DATE,
    /** Days relative to the due date of the item dunned; negative before it. */
    DUE_DATE
}
