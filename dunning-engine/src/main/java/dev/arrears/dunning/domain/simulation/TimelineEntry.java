package dev.arrears.dunning.domain.simulation;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.EventType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event a what-if says the engine would emit, when it would emit it, and the event itself exactly as it would
 * be published.
 *
 * @param date the day of {@code at} in the customer's time zone
 */
public record TimelineEntry(Instant at, LocalDate date, Kind kind, ArrearsEvent event) {

    /** What the event is, for reading a timeline without knowing the event catalogue. */
    public enum Kind {
        REMINDER,
        ESCALATION,
        LATE_FEE,
        LEVEL_CHANGE,
        PAUSED,
        RESUMED;

        static Kind of(ArrearsEvent event) {
            return switch (EventType.of(event)) {
                case REMINDER_DUE -> REMINDER;
                case ESCALATION_RAISED -> ESCALATION;
                case LATE_FEE_ASSESSED -> LATE_FEE;
                case DUNNING_LEVEL_CHANGED -> LEVEL_CHANGE;
                case DUNNING_PAUSED -> PAUSED;
                case DUNNING_RESUMED -> RESUMED;
                default -> throw new IllegalArgumentException("a dunning run does not emit " + event.getClass().getSimpleName());
            };
        }
    }

    static TimelineEntry of(Instant at, LocalDate date, ArrearsEvent event) {
        return new TimelineEntry(at, date, Kind.of(event), event);
    }
}
