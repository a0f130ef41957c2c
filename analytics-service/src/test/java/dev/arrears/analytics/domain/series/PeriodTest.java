package dev.arrears.analytics.domain.series;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    private static final LocalDate FROM = LocalDate.parse("2026-02-20");
    private static final LocalDate TO = LocalDate.parse("2026-04-02");

    @Test
    void calendarPeriodsCutToTheRange() {
        assertThat(Period.MONTH.split(FROM, TO)).containsExactly(
                range("2026-02-20", "2026-02-28"), range("2026-03-01", "2026-03-31"), range("2026-04-01", "2026-04-02"));
        assertThat(Period.QUARTER.split(FROM, TO)).containsExactly(range("2026-02-20", "2026-03-31"), range("2026-04-01", "2026-04-02"));
        // 2026-02-20 is a Friday; ISO weeks end on Sunday.
        assertThat(Period.WEEK.split(FROM, LocalDate.parse("2026-03-02"))).containsExactly(
                range("2026-02-20", "2026-02-22"), range("2026-02-23", "2026-03-01"), range("2026-03-02", "2026-03-02"));
        assertThat(Period.DAY.split(FROM, FROM)).containsExactly(range("2026-02-20", "2026-02-20"));
    }

    private static Period.Range range(String from, String to) {
        return new Period.Range(LocalDate.parse(from), LocalDate.parse(to));
    }
}
