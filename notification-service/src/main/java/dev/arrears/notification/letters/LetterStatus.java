package dev.arrears.notification.letters;

/** Where a letter is on its way to the customer. */
public enum LetterStatus {
    /** Rendered and waiting for the print room; further items of the same step still join it. */
    TO_PRINT,
    /** Printed; its content is final, a later reminder of the same step gets a letter of its own. */
    PRINTED,
    /** Handed to the post: the letter's messages count as delivered. */
    MAILED
}
