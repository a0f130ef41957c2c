package dev.arrears.notification.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads how long a provider asked us to wait (RFC 9110 {@code Retry-After}: seconds or an HTTP date). */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** @return the wait, never negative, or {@code null} when the header is absent or unreadable */
    public static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return nonNegative(Duration.ofSeconds(Long.parseLong(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return nonNegative(Duration.between(now, at));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** A reset moment in epoch seconds (SendGrid's {@code X-RateLimit-Reset}) as a wait from now. */
    public static Duration untilEpochSecond(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return nonNegative(Duration.between(now, Instant.ofEpochSecond(Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration nonNegative(Duration wait) {
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
