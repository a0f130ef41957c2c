package dev.arrears.dunning.domain.fee;

import static dev.arrears.dunning.domain.fee.Fees.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalanceHistoryTest {

    // Issued for 1190.00, 600.00 paid on 16 May, the rest on 1 June; listed out of order on purpose.
    static final BalanceHistory PAID_IN_TWO_PARTS = history("2026-06-01=0.00 2026-04-01=1190.00 2026-05-16=590.00");

    @ParameterizedTest(name = "open on {0}: {1}")
    @CsvSource({
            "2026-03-31, 0",        // before the first change point nothing was open
            "2026-04-01, 1190.00",
            "2026-05-15, 1190.00",
            "2026-05-16, 590.00",   // a change holds from its own day
            "2026-05-31, 590.00",
            "2026-06-01, 0.00",
            "2027-01-01, 0.00",
    })
    void knowsTheOpenAmountOfEachDay(LocalDate date, BigDecimal open) {
        assertThat(PAID_IN_TWO_PARTS.openOn(date)).isEqualTo(open);
    }

    @Test
    void splitsDaysWhereTheOpenAmountChanges() {
        assertThat(PAID_IN_TWO_PARTS.spans(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-06-03"))).containsExactly(
                new BalanceHistory.Span(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-16"), new BigDecimal("1190.00")),
                new BalanceHistory.Span(LocalDate.parse("2026-05-16"), LocalDate.parse("2026-06-01"), new BigDecimal("590.00")),
                new BalanceHistory.Span(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-03"), new BigDecimal("0.00")));
    }

    @Test
    void aChangeToTheSameAmountDoesNotSplit() {
        BalanceHistory history = history("2026-04-01=1190.00 2026-05-10=1190.0");

        assertThat(history.spans(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"))).containsExactly(
                new BalanceHistory.Span(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"), new BigDecimal("1190.00")));
    }

    @Test
    void growsByOneChangeAtATime() {
        BalanceHistory issued = BalanceHistory.of(LocalDate.parse("2026-04-01"), new BigDecimal("1190.00"));

        assertThat(issued.changedOn(LocalDate.parse("2026-05-16"), new BigDecimal("590.00")))
                .isEqualTo(history("2026-04-01=1190.00 2026-05-16=590.00"));
        assertThat(issued.changes()).hasSize(1);
    }

    @Test
    void oneOpenAmountPerDay() {
        assertThatThrownBy(() -> history("2026-04-01=1190.00 2026-04-01=590.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two open amounts from 2026-04-01");
    }
}
