package dev.arrears.notification.letters;

import java.time.Instant;

/** A letter handed to the post cannot go back to the print room. */
public class LetterAlreadyMailed extends RuntimeException {

    public LetterAlreadyMailed(String letterId, Instant mailedAt) {
        super("letter " + letterId + " was mailed at " + mailedAt + "; a mailed letter is final");
    }
}
