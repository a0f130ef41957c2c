package dev.arrears.dunning.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The instant a dunning step falls due, once business days, the send window and the contact cap all agree. */
public final class DueTime {

    private DueTime() {
    }

    /**
     * The start of the send window on {@code stepDate}, or on the next business day if it is none, then pushed by the
     * contact cap and back into the window until both hold.
     *
     * <p>Takes at most {@code previousContacts.size() + 1} rounds: a round that changes the time moves it to or past
     * the drop-out of some contact, and since the time only grows, each such round is owed to a later contact than the
     * round before; the last round only confirms.
     *
     * @throws IllegalStateException if that bound is exceeded, which would be a bug
     */
    public static Instant schedule(LocalDate stepDate, ZoneId zone, BusinessCalendar calendar, SendWindow window,
                                   ContactCap cap, List<Instant> previousContacts) {
        return schedule(stepDate, zone, calendar, window, cap, previousContacts, Instant.MIN);
    }

    /**
     * As {@link #schedule(LocalDate, ZoneId, BusinessCalendar, SendWindow, ContactCap, List)}, but never before
     * {@code notBefore}: a step planned for today that is scheduled after today's window has closed would otherwise
     * come out in the past and be sent at once, outside the window.
     */
    public static Instant schedule(LocalDate stepDate, ZoneId zone, BusinessCalendar calendar, SendWindow window,
                                   ContactCap cap, List<Instant> previousContacts, Instant notBefore) {
        Instant startOfStepDate = stepDate.atStartOfDay(zone).toInstant();
        Instant due = window.nextAllowed(later(startOfStepDate, notBefore), zone, calendar);
        int maxRounds = previousContacts.size() + 1;
        for (int round = 0; round < maxRounds; round++) {
            Instant adjusted = window.nextAllowed(cap.earliestAllowed(previousContacts, due), zone, calendar);
            if (adjusted.equals(due)) {
                return due;
            }
            due = adjusted;
        }
        throw new IllegalStateException("Due time did not settle within " + maxRounds + " rounds for step date "
                + stepDate + " in " + zone);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
