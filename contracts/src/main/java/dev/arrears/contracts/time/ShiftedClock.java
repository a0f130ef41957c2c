package dev.arrears.contracts.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A clock that reads {@code start} at the real instant {@code anchor} and runs on at {@code speed} times real time:
 * a demo walks a month of dunning in minutes, an end-to-end test begins on a chosen Monday morning. Every service
 * reads the same three settings ({@code arrears.clock.start}, {@code .anchor}, {@code .speed}), so they agree on the time.
 */
public final class ShiftedClock extends Clock {

    private final Clock real;
    private final Instant start;
    private final Instant anchor;
    private final double speed;
    private final ZoneId zone;

    public ShiftedClock(Clock real, Instant start, Instant anchor, double speed) {
        this(real, start, anchor, speed, ZoneOffset.UTC);
    }

    private ShiftedClock(Clock real, Instant start, Instant anchor, double speed, ZoneId zone) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("arrears.clock.speed must be a positive number, not " + speed);
        }
        this.real = real;
        this.start = start;
        this.anchor = anchor;
        this.speed = speed;
        this.zone = zone;
    }

    /**
     * The platform's clock from its settings: the system clock without a start; otherwise shifted, anchored at
     * {@code anchor} or, without one, now.
     *
     * @throws IllegalArgumentException naming the setting that is not an ISO-8601 instant or not a positive speed
     */
    public static Clock configured(Optional<String> start, Optional<String> anchor, double speed) {
        Clock system = Clock.systemUTC();
        if (start.isEmpty() || start.get().isBlank()) {
            return system;
        }
        Instant anchoredAt = anchor.filter(a -> !a.isBlank()).map(a -> instant("arrears.clock.anchor", a)).orElse(system.instant());
        return new ShiftedClock(system, instant("arrears.clock.start", start.get()), anchoredAt, speed);
    }

    private static Instant instant(String setting, String value) {
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(setting + "=" + value + " is not an ISO-8601 instant such as 2026-10-05T07:00:00Z", e);
        }
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(anchor, real.instant());
        if (speed == 1) {
            return start.plus(elapsed);
        }
        double nanos = elapsed.toNanos() * speed;
        return start.plus(Duration.ofSeconds((long) (nanos / 1e9), (long) (nanos % 1e9)));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new ShiftedClock(real, start, anchor, speed, other);
    }
}
