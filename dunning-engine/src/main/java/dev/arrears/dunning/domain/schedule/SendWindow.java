package dev.arrears.dunning.domain.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/** The local hours, from start inclusive to end exclusive, in which a customer may be contacted on business days. */
public record SendWindow(LocalTime start, LocalTime end) {

    public static final SendWindow DEFAULT = new SendWindow(LocalTime.of(9, 0), LocalTime.of(17, 0));

    /** For a window that runs until midnight use {@link LocalTime#MAX} as end. */
    public SendWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A send window must start before it ends on the same day, got "
                    + start + "-" + end + "; windows that cross midnight are not supported");
        }
    }

    public static SendWindow of(LocalTime start, LocalTime end) {
        return new SendWindow(start, end);
    }

    /**
     * Whether the customer's wall clock, in their zone at that instant, shows a business day and a time in the window.
     *
     * <p>On a daylight-saving change that means: a start time the clock skips (02:30 on a spring-forward night in
     * Berlin) opens the window at the end of the gap (03:00); a time the clock shows twice (fall-back) is inside the
     * window on both passes, and the minutes between the passes that show an earlier time are not.
     */
    public boolean contains(Instant instant, ZoneId zone, BusinessCalendar calendar) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return calendar.isBusinessDay(local.toLocalDate()) && contains(local.toLocalTime());
    }

    /** The first instant at or after {@code earliest} that the window {@link #contains}. */
    public Instant nextAllowed(Instant earliest, ZoneId zone, BusinessCalendar calendar) {
        ZoneRules rules = zone.getRules();
        Instant from = earliest;
        // Between two offset transitions the wall clock runs in step with real time, so the first allowed wall-clock
        // time after `from` under the current offset is the answer if it comes before the next transition; otherwise
        // the search restarts at the transition under the new offset. The answer is never more than a run of
        // non-business days away and zones change offset at most a few times a year, so this takes a few passes.
        while (true) {
            ZoneOffset offset = rules.getOffset(from);
            Instant candidate = firstAllowedFrom(LocalDateTime.ofInstant(from, offset), calendar).toInstant(offset);
            ZoneOffsetTransition transition = rules.nextTransition(from);
            if (transition == null || candidate.isBefore(transition.getInstant())) {
                return candidate;
            }
            from = transition.getInstant();
        }
    }

    private LocalDateTime firstAllowedFrom(LocalDateTime local, BusinessCalendar calendar) {
        if (calendar.isBusinessDay(local.toLocalDate())) {
            if (local.toLocalTime().isBefore(start)) {
                return local.toLocalDate().atTime(start);
            }
            if (local.toLocalTime().isBefore(end)) {
                return local;
            }
        }
        return calendar.nextBusinessDay(local.toLocalDate().plusDays(1)).atTime(start);
    }

    private boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
