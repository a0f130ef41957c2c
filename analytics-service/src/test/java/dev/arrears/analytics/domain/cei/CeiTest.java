package dev.arrears.analytics.domain.cei;

import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.analytics.domain.figures.Metric;
import dev.arrears.analytics.domain.series.DailySeries;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CeiTest {

    @Test
    void handWorkedMonth() {
        // 300 open at the end of February, 100 sold in March, 250 open at the end of March of which 100 not yet
        // due: (300 + 100 − 250) / (300 + 100 − 100) × 100 = 150 / 300 × 100 = 50.
        DailySeries series = DailySeries.of(Map.of(
                LocalDate.parse("2026-02-20"), new Figures.Builder().add(Metric.RECEIVABLES, new BigDecimal("300")).build(),
                LocalDate.parse("2026-03-10"), new Figures.Builder().add(Metric.RECEIVABLES, new BigDecimal("-50"))
                        .add(Metric.CREDIT_SALES, new BigDecimal("100")).add(Metric.AGING_CURRENT, new BigDecimal("100")).build()));

        CeiFigures cei = Cei.of(series, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));

        assertThat(cei.beginningReceivables()).isEqualByComparingTo("300");
        assertThat(cei.creditSales()).isEqualByComparingTo("100");
        assertThat(cei.endingReceivables()).isEqualByComparingTo("250");
        assertThat(cei.endingCurrentReceivables()).isEqualByComparingTo("100");
        assertThat(cei.cei()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void everythingCollectedIsAHundredAndNothingToCollectIsUndefined() {
        assertThat(Cei.of(new BigDecimal("500"), new BigDecimal("200"), new BigDecimal("80"), new BigDecimal("80")))
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(Cei.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
    }
}
