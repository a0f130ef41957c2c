package dev.arrears.devstack;

import java.time.Instant;
import java.util.Optional;

/**
 * What time the local platform's services live in: real time, or {@code start} from the moment the platform comes up,
 * running at {@code speed} times real time (every service is given the same start, anchor and speed, so they agree).
 */
public record PlatformClock(Optional<Instant> start, double speed) {

    public static final PlatformClock REAL = new PlatformClock(Optional.empty(), 1);

    public PlatformClock {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock speed must be a positive number, not " + speed);
        }
    }

    public static PlatformClock startingAt(Instant start, double speed) {
        return new PlatformClock(Optional.of(start), speed);
    }
}
