package dev.arrears.dunning.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published reference rate: from {@code validFrom} on, until the jurisdiction's next entry, it is {@code percent}
 * per year (e.g. {@code 2.15} for 2.15 %). May be negative: the German Basiszinssatz was -0.88 from 2016 to 2022.
 */
public record ReferenceRate(String jurisdiction, LocalDate validFrom, BigDecimal percent) {

    public ReferenceRate {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new IllegalArgumentException("a reference rate needs a jurisdiction");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(percent, "percent");
    }
}
