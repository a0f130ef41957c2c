package dev.arrears.analytics.domain.contribution;

import java.time.LocalDate;
import java.util.Comparator;

/** The daily figures of one segment (or all customers) of a tenant in one currency. */
public record DailyKey(String segment, String currency, LocalDate day) implements Comparable<DailyKey> {

    private static final Comparator<DailyKey> ORDER = Comparator.comparing(DailyKey::segment)
            .thenComparing(DailyKey::currency).thenComparing(DailyKey::day);

    @Override
    public int compareTo(DailyKey other) {
        return ORDER.compare(this, other);
    }
}
