package dev.arrears.contracts.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShiftedClockTest {

    private static final Instant ANCHOR = Instant.parse("2026-12-06T18:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-10-05T07:00:00Z");

    @Test
    void readsTheStartAtTheAnchorAndRunsOnInRealTime() {
        ShiftedClock clock = new ShiftedClock(real(ANCHOR.plusSeconds(90)), MONDAY, ANCHOR, 1);

        assertThat(clock.instant()).isEqualTo(MONDAY.plusSeconds(90));
    }

    @Test
    void anAcceleratedClockWalksAnHourPerSecond() {
        ShiftedClock clock = new ShiftedClock(real(ANCHOR.plusMillis(2_500)), MONDAY, ANCHOR, 3600);

        assertThat(clock.instant()).isEqualTo(MONDAY.plus(Duration.ofMinutes(150)));
    }

    @Test
    void aZonedViewTellsTheLocalDateOfTheSameInstant() {
        Clock clock = new ShiftedClock(real(ANCHOR), Instant.parse("2026-10-04T22:30:00Z"), ANCHOR, 1).withZone(ZoneId.of("Europe/Berlin"));

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse("2026-10-05"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-10-04T22:30:00Z"));
    }

    @Test
    void aSpeedThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new ShiftedClock(real(ANCHOR), MONDAY, ANCHOR, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrears.clock.speed");
    }

    private static Clock real(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void withoutAStartThePlatformRunsOnTheSystemClock() {
        assertThat(ShiftedClock.configured(Optional.empty(), Optional.empty(), 1)).isEqualTo(Clock.systemUTC());
    }

    @Test
    void aStartThatIsNotAnInstantIsNamedInTheError() {
        assertThatThrownBy(() -> ShiftedClock.configured(Optional.of("monday"), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("arrears.clock.start=monday is not an ISO-8601 instant");
    }

    @Test
    void servicesGivenTheSameAnchorAgreeOnTheTime() {
        Instant anchor = Instant.now().minusSeconds(60);
        Clock one = ShiftedClock.configured(Optional.of("2026-10-05T07:00:00Z"), Optional.of(anchor.toString()), 1);

        assertThat(one.instant()).isBetween(MONDAY.plusSeconds(60), MONDAY.plusSeconds(120));
    }
}
