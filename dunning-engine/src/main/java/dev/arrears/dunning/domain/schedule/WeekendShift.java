package dev.arrears.dunning.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A country's practice for a public holiday that falls on a Saturday or Sunday. */
enum WeekendShift {

    /** The holiday is simply lost, as in most of continental Europe. */
    NONE {
        @Override
        Set<LocalDate> apply(Collection<LocalDate> holidays) {
            return new HashSet<>(holidays);
        }
    },

    /** US federal practice: a Saturday holiday is observed on the Friday before, a Sunday one on the Monday after. */
    FRIDAY_BEFORE_OR_MONDAY_AFTER {
        @Override
        Set<LocalDate> apply(Collection<LocalDate> holidays) {
            Set<LocalDate> days = new HashSet<>(holidays);
            for (LocalDate holiday : holidays) {
                if (holiday.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    days.add(holiday.minusDays(1));
                } else if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    days.add(holiday.plusDays(1));
                }
            }
            return days;
        }
    },

    /**
     * UK bank-holiday practice: a weekend holiday gets a substitute on the next weekday that is not already a holiday,
     * so Christmas on Saturday and Boxing Day on Sunday become Monday and Tuesday.
     */
    NEXT_FREE_WEEKDAY {
        @Override
        Set<LocalDate> apply(Collection<LocalDate> holidays) {
            Set<LocalDate> days = new HashSet<>(holidays);
            // Chronological order matters: the earlier holiday claims the first free weekday.
            for (LocalDate holiday : holidays.stream().sorted().toList()) {
                if (isWeekend(holiday)) {
                    LocalDate substitute = holiday.plusDays(1);
                    while (isWeekend(substitute) || days.contains(substitute)) {
                        substitute = substitute.plusDays(1);
                    }
                    days.add(substitute);
                }
            }
            return days;
        }
    };

    /** The holidays themselves plus whatever days they are observed on instead. */
    abstract Set<LocalDate> apply(Collection<LocalDate> holidays);

    // The laws behind these shifts speak of Saturday and Sunday, whatever weekend a calendar is configured with.
    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
