package dev.arrears.analytics.publish;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesStateTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-31");

    @Test
    void publishesTheChangedDaysUpToTodayAtMostSoFarBack() {
        assertThat(SeriesState.NEW.changedOn(LocalDate.parse("2026-03-29")).daysToPublish(TODAY, 31))
                .containsExactly(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30"), TODAY);
        assertThat(SeriesState.NEW.changedOn(LocalDate.parse("2025-01-01")).daysToPublish(TODAY, 2))
                .containsExactly(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-30"), TODAY);
    }

    @Test
    void theEarliestChangeWins() {
        SeriesState state = SeriesState.NEW.changedOn(LocalDate.parse("2026-03-30")).changedOn(LocalDate.parse("2026-03-28"))
                .changedOn(LocalDate.parse("2026-03-31"));

        assertThat(state.dirtyFrom()).isEqualTo(LocalDate.parse("2026-03-28"));
    }

    @Test
    void todayOnceADayWithoutChangesAndNothingTwice() {
        SeriesState published = SeriesState.NEW.changedOn(TODAY).publishedUpTo(TODAY);

        assertThat(published.daysToPublish(TODAY, 31)).isEmpty();
        assertThat(published.daysToPublish(TODAY.plusDays(1), 31)).containsExactly(TODAY.plusDays(1));
    }

    @Test
    void aChangeDatedAfterTodayWaitsForItsDay() {
        SeriesState future = SeriesState.NEW.changedOn(TODAY).publishedUpTo(TODAY).changedOn(TODAY.plusDays(30));

        assertThat(future.daysToPublish(TODAY, 31)).isEmpty();
    }
}
