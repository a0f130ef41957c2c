package dev.arrears.dunning.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A limit of at most {@code maxContacts} contacts with one customer in any rolling {@code period}, e.g. 3 per 7 days. */
public record ContactCap(int maxContacts, Duration period) {

    public ContactCap {
        Objects.requireNonNull(period, "period");
        if (maxContacts < 1) {
            throw new IllegalArgumentException("A contact cap must allow at least one contact, got " + maxContacts);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A contact cap needs a positive period, got " + period);
        }
    }

    public static ContactCap of(int maxContacts, Duration period) {
        return new ContactCap(maxContacts, period);
    }

    /**
     * The candidate if one more contact then keeps every rolling period within the cap, otherwise the first instant
     * after it that does, which is when a contact of a full period drops out.
     *
     * <p>A contact counts from its instant until exactly one period later: with 3 per 7 days and contacts on Monday,
     * Tuesday and Wednesday at 10:00, the next contact may be made on the following Monday at 10:00.
     *
     * @param previous contacts already made or already scheduled, in any order; ones after the candidate count too
     */
    public Instant earliestAllowed(List<Instant> previous, Instant candidate) {
        Objects.requireNonNull(candidate, "candidate");
        // The candidate only moves forward, so contacts that dropped out before it can never matter again.
        List<Instant> contacts = previous.stream()
                .filter(contact -> contact.isAfter(candidate.minus(period)))
                .sorted()
                .toList();
        Instant allowed = candidate;
        // Each pass moves past the drop-out of a later contact than the pass before (see oldestOfFullPeriod), so
        // there are at most as many moves as contacts.
        for (int pass = 0; pass <= contacts.size(); pass++) {
            Optional<Instant> blocking = oldestOfFullPeriod(contacts, allowed);
            if (blocking.isEmpty()) {
                return allowed;
            }
            allowed = blocking.get().plus(period);
        }
        throw new IllegalStateException("Contact cap did not settle within " + contacts.size() + " moves");
    }

    /**
     * The oldest contact of some period [w, w + period) that contains the instant and already holds the maximum.
     *
     * <p>No instant before that contact's drop-out can be allowed: until the contact itself, the instant would share
     * the period starting at w; from the contact on, it would share the full period starting at the contact.
     */
    private Optional<Instant> oldestOfFullPeriod(List<Instant> sortedContacts, Instant instant) {
        // Periods containing the instant start in (instant - period, instant]; the fullest of them starts at the
        // instant itself or at one of the contacts in that range.
        for (Instant periodStart : sortedContacts) {
            if (periodStart.isAfter(instant)) {
                break;
            }
            if (periodStart.isAfter(instant.minus(period))) {
                Optional<Instant> oldest = oldestIfFull(sortedContacts, periodStart);
                if (oldest.isPresent()) {
                    return oldest;
                }
            }
        }
        return oldestIfFull(sortedContacts, instant);
    }

    private Optional<Instant> oldestIfFull(List<Instant> sortedContacts, Instant periodStart) {
        Instant periodEnd = periodStart.plus(period);
        List<Instant> inPeriod = sortedContacts.stream()
                .filter(contact -> !contact.isBefore(periodStart) && contact.isBefore(periodEnd))
                .toList();
        return inPeriod.size() >= maxContacts ? Optional.of(inPeriod.get(0)) : Optional.empty();
    }
}
