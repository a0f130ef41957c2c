package dev.arrears.contracts.dunning;

/** A way to reach a customer; a reminder lists them in fallback order. */
public enum Channel {
    EMAIL,
    SMS,
    VOICE,
    CALL_TASK,
    LETTER
}
