package dev.arrears.analytics.domain.dso;

import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-worked: credit sales of 200 in January, 120 in February and 100 in March 2026; at the end of March
 * 250 is open, 100 of it not yet due.
 */
class DsoTest {

    private final DailySeries series = DailySeries.of(Map.of(
            LocalDate.parse("2026-01-15"), figures("200", "200", "0"),
            LocalDate.parse("2026-02-10"), figures("120", "100", "0"),
            LocalDate.parse("2026-03-05"), figures("100", "-50", "100")));

    @Test
    void standardBestPossibleAndDelinquentOverNinetyDays() {
        // Window 2026-01-01..03-31 is 90 days with 420 of sales: 250 / 420 × 90 = 53.571…, 100 / 420 × 90 = 21.428…
        DsoFigures dso = Dso.of(series, LocalDate.parse("2026-03-31"), 90);

        assertThat(dso.receivables()).isEqualByComparingTo("250");
        assertThat(dso.creditSales()).isEqualByComparingTo("420");
        assertThat(dso.standard()).isEqualTo(new BigDecimal("53.57"));
        assertThat(dso.bestPossible()).isEqualTo(new BigDecimal("21.43"));
        assertThat(dso.averageDaysDelinquent()).isEqualTo(new BigDecimal("32.14"));
    }

    @Test
    void standardOverThirtyDays() {
        // 03-02..03-31 holds March's 100: 250 / 100 × 30 = 75, 100 / 100 × 30 = 30.
        DsoFigures dso = Dso.of(series, LocalDate.parse("2026-03-31"), 30);

        assertThat(dso.standard()).isEqualTo(new BigDecimal("75.00"));
        assertThat(dso.bestPossible()).isEqualTo(new BigDecimal("30.00"));
        assertThat(dso.averageDaysDelinquent()).isEqualTo(new BigDecimal("45.00"));
    }

    @Test
    void countBackTakesWholeMonthsThenAFraction() {
        // 250 − March 100 (31 days) − February 120 (28 days) leaves 30 of January's 200: 30 / 200 × 31 = 4.65.
        assertThat(Dso.countBack(series, LocalDate.parse("2026-03-31"))).isEqualTo(new BigDecimal("63.65"));
    }

    @Test
    void countBackOfNothingOpenIsZeroAndBeyondHistoryIsUndefined() {
        DailySeries settled = DailySeries.of(Map.of(LocalDate.parse("2026-03-05"), figures("100", "0", "0")));
        DailySeries openingBalance = DailySeries.of(Map.of(LocalDate.parse("2026-03-05"), figures("100", "500", "0")));

        assertThat(Dso.countBack(settled, LocalDate.parse("2026-03-31"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(Dso.countBack(openingBalance, LocalDate.parse("2026-03-31"))).isNull();
    }

    @Test
    void noCreditSalesInTheWindowLeavesStandardUndefined() {
        DsoFigures dso = Dso.of(series, LocalDate.parse("2026-06-30"), 30);

        assertThat(dso.standard()).isNull();
        assertThat(dso.bestPossible()).isNull();
        assertThat(dso.averageDaysDelinquent()).isNull();
    }

    private static Figures figures(String sales, String receivablesChange, String currentChange) {
        return new Figures.Builder()
                .add(Metric.CREDIT_SALES, new BigDecimal(sales))
                .add(Metric.RECEIVABLES, new BigDecimal(receivablesChange))
                .add(Metric.AGING_CURRENT, new BigDecimal(currentChange))
                .build();
    }
}
