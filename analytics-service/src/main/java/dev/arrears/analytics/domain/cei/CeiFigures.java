package dev.arrears.analytics.domain.cei;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The collection effectiveness index of a period and the four figures it is computed from.
 *
 * @param cei percent, {@code null} when there was nothing to collect
 */
public record CeiFigures(LocalDate from, LocalDate to, BigDecimal beginningReceivables, BigDecimal creditSales,
        BigDecimal endingReceivables, BigDecimal endingCurrentReceivables, BigDecimal cei) {
}
