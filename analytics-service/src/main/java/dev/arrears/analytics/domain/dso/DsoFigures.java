package dev.arrears.analytics.domain.dso;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Days sales outstanding at the end of {@code day} over the {@code windowDays} ending on it.
 *
 * @param standard receivables / credit sales × window days, {@code null} without positive credit sales
 * @param countBack days of the most recent monthly sales the receivables account for, {@code null} when the
 *         sales history runs out first
 * @param bestPossible current receivables / credit sales × window days
 * @param averageDaysDelinquent {@code standard − bestPossible}
 */
public record DsoFigures(LocalDate day, int windowDays, BigDecimal receivables, BigDecimal currentReceivables,
        BigDecimal creditSales, BigDecimal standard, BigDecimal countBack, BigDecimal bestPossible,
        BigDecimal averageDaysDelinquent) {
}
