package dev.arrears.dunning.domain.fee;

/**
 * No reference rate is known for a jurisdiction on a day: the table has no rows for it, or starts later. Interest
 * cannot be assessed then; guessing a rate would put a wrong amount on an invoice.
 */
public class NoReferenceRate extends RuntimeException {

    public NoReferenceRate(String message) {
        super(message);
    }
}
