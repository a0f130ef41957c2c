package dev.arrears.dunning.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Days {@code from} (inclusive) to {@code to} (exclusive) during which one reference rate, in percent per year, applies. */
public record RatePeriod(LocalDate from, LocalDate to, BigDecimal percent) {
}
