package dev.arrears.dunning.domain.simulation;

import dev.arrears.dunning.domain.run.Pause;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pause as history. A {@link Pause} says until when an item is paused, because the engine only asks about today;
 * a replay of the past also needs the day it began and, for a hold released by hand, the day it was released.
 *
 * @param from the first paused day
 * @param releasedOn the first day no longer paused because the pause was lifted before its end, or {@code null}
 */
public record PausePeriod(LocalDate from, LocalDate releasedOn, Pause pause) {

    public PausePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(pause, "pause");
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (releasedOn == null || day.isBefore(releasedOn)) && pause.activeOn(day);
    }
}
