package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.PauseReason;

import java.time.LocalDate;

/**
 * Why and until when an item is not dunned: a promise to pay (until the promised date plus grace), a manual
 * hold, a payment plan covering the invoice.
 *
 * @param until the last paused day, or {@code null} until released
 */
public record Pause(String id, PauseReason reason, LocalDate until, String note) {

    /** The open-ended pause's stand-in date for the planner, which works with dates. */
    static final LocalDate UNTIL_RELEASED = LocalDate.of(9999, 12, 30);

    public boolean activeOn(LocalDate day) {
        return until == null || !day.isAfter(until);
    }

    LocalDate lastDay() {
        return until == null ? UNTIL_RELEASED : until;
    }
}
