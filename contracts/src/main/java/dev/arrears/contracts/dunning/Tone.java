package dev.arrears.contracts.dunning;

/** How firmly a reminder speaks; rises with the dunning level. */
public enum Tone {
    FRIENDLY,
    FIRM,
    FINAL_NOTICE
}
