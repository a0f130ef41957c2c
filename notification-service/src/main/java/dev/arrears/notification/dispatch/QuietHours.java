package dev.arrears.notification.dispatch;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The local hours in which texts and calls may reach a customer: from {@code start} (inclusive) to {@code end}
 * (exclusive), every day, in the customer's time zone. Computed on local dates and times and resolved to instants
 * only at the end, so a DST change never moves the window: an opening that falls into a spring-forward gap opens
 * when the clocks jump, one in the autumn overlap opens at its first occurrence.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("the send window must open before it closes, got " + start + "–" + end);
        }
    }

    public boolean allows(Instant at, ZoneId zone) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return !local.isBefore(start) && local.isBefore(end);
    }

    /** {@code at} itself when the window is open, else when it next opens. */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        if (allows(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        Instant today = ZonedDateTime.of(local.toLocalDate(), start, zone).toInstant();
        return today.isAfter(at) ? today : ZonedDateTime.of(local.toLocalDate().plusDays(1), start, zone).toInstant();
    }
}
