package dev.arrears.notification.letters;

/** The tenant has no such letter. */
public class LetterNotFound extends RuntimeException {

    public LetterNotFound(String letterId) {
        super("no letter " + letterId);
    }
}
