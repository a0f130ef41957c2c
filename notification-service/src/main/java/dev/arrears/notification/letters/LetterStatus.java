package dev.arrears.notification.letters;

/** Where a letter is on its way to the customer. */
public enum LetterStatus {
    /** Rendered and waiting for the print room; further items of the same step still join it. */
    TO_PRINT
}
