package dev.arrears.analytics.query;

/** A series a tenant has figures for: one currency of one segment (or {@code all}). */
public record SeriesRef(String currency, String segment) {
}
