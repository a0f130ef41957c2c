package dev.arrears.dunning.domain.fee;

import dev.arrears.contracts.dunning.FeeKind;
import static dev.arrears.dunning.domain.fee.Fees.CALCULATOR;
import static dev.arrears.dunning.domain.fee.Fees.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statutory interest against amounts worked out by hand: interest = amount x (reference rate + margin) x days / 36500,
 * rounded once. Rates from {@link Fees#RATES}: EU/FR 2.15 (2026 H1), 2.40 (2026 H2); DE 1.27; GB 4.75 (2025 H1), 4.25
 * (2025 H2).
 */
class InterestAccrualTest {

    static Stream<Arguments> interest() {
        return Stream.of(
                // 1190.00 x 10.15 x 30 = 362355; / 36500 = 9.927534... -> 9.93
                Arguments.of("EU: 30 days at 2.15 + 8",
                        "EU", item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=1190.00", false),
                        "9.93", "10.15% p.a. on 1190.00 EUR from 2026-05-01 to 2026-05-30 (30 days, actual/365)",
                        "2026-05-01", "2026-05-30"),
                // 1190.00 x 10.27 x 30 = 366639; / 36500 = 10.044904... -> 10.04
                Arguments.of("DE: Basiszinssatz 1.27 + 9",
                        "DE", item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=1190.00", false),
                        "10.04", "10.27% p.a. on 1190.00 EUR from 2026-05-01 to 2026-05-30 (30 days, actual/365)",
                        "2026-05-01", "2026-05-30"),
                // 1190.00 x 12.15 x 30 = 433755; / 36500 = 11.883698... -> 11.88
                Arguments.of("FR: ECB rate 2.15 + 10",
                        "FR", item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=1190.00", false),
                        "11.88", "12.15% p.a. on 1190.00 EUR from 2026-05-01 to 2026-05-30 (30 days, actual/365)",
                        "2026-05-01", "2026-05-30"),
                // 16 Jun - 30 Jun: 1190.00 x 10.15 x 15 = 181177.5; 1 Jul - 14 Jul: 1190.00 x 10.40 x 14 = 173264;
                // 354441.5 / 36500 = 9.710726... -> 9.71
                Arguments.of("a rate change on 1 July splits the period",
                        "EU", item("EUR", "2026-06-15", "2026-07-14", null, "2026-04-01=1190.00", false),
                        "9.71", "10.15% p.a. on 1190.00 EUR from 2026-06-16 to 2026-06-30 (15 days, actual/365); "
                                + "10.40% p.a. on 1190.00 EUR from 2026-07-01 to 2026-07-14 (14 days, actual/365)",
                        "2026-06-16", "2026-07-14"),
                // 1 May - 15 May: 1190.00 x 10.15 x 15 = 181177.5; 16 May - 30 May: 590.00 x 10.15 x 15 = 89827.5;
                // 271005 / 36500 = 7.424794... -> 7.42
                Arguments.of("after a partial payment interest runs on the remainder",
                        "EU", item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=1190.00 2026-05-16=590.00", false),
                        "7.42", "10.15% p.a. on 1190.00 EUR from 2026-05-01 to 2026-05-15 (15 days, actual/365); "
                                + "10.15% p.a. on 590.00 EUR from 2026-05-16 to 2026-05-30 (15 days, actual/365)",
                        "2026-05-01", "2026-05-30"),
                // Paid in full on 11 May: 1190.00 x 10.15 x 10 = 120785; / 36500 = 3.309178... -> 3.31
                Arguments.of("a paid item still owes interest for the days it was late",
                        "EU", item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=1190.00 2026-05-11=0.00", false),
                        "3.31", "10.15% p.a. on 1190.00 EUR from 2026-05-01 to 2026-05-10 (10 days, actual/365)",
                        "2026-05-01", "2026-05-30"),
                // Overdue from 16 Jun 2025, so the 2025 H1 rate 4.75 holds also after 1 July (not 4.25):
                // 5000.00 x 12.75 x 29 = 1848750; / 36500 = 50.650684... -> 50.65
                Arguments.of("GB keeps the rate of the half-year the debt became overdue in",
                        "GB", item("GBP", "2025-06-15", "2025-07-14", null, "2025-05-01=5000.00", false),
                        "50.65", "12.75% p.a. on 5000.00 GBP from 2025-06-16 to 2025-07-14 (29 days, actual/365)",
                        "2025-06-16", "2025-07-14"),
                // ... also in a later assessment: 5000.00 x 12.75 x 10 = 637500; / 36500 = 17.465753... -> 17.47
                Arguments.of("GB's fixed rate holds in later assessments",
                        "GB", item("GBP", "2025-06-15", "2025-07-24", "2025-07-14", "2025-05-01=5000.00", false),
                        "17.47", "12.75% p.a. on 5000.00 GBP from 2025-07-15 to 2025-07-24 (10 days, actual/365)",
                        "2025-07-15", "2025-07-24"),
                // JPY has no decimals: 1000000 x 10.15 x 30 = 304500000; / 36500 = 8342.465... -> 8342
                Arguments.of("JPY rounds to whole yen",
                        "EU", item("JPY", "2026-04-30", "2026-05-30", null, "2026-04-01=1000000", false),
                        "8342", "10.15% p.a. on 1000000 JPY from 2026-05-01 to 2026-05-30 (30 days, actual/365)",
                        "2026-05-01", "2026-05-30"),
                // The table ends with 2026-07-01 (2.40), which holds on: 1190.00 x 10.40 x 10 = 123760; / 36500 = 3.390684... -> 3.39
                Arguments.of("after the table's last entry the last rate holds",
                        "EU", item("EUR", "2026-12-31", "2027-01-10", null, "2026-04-01=1190.00", false),
                        "3.39", "10.40% p.a. on 1190.00 EUR from 2027-01-01 to 2027-01-10 (10 days, actual/365)",
                        "2027-01-01", "2027-01-10"),
                // 1190.00 x 10.15 x 1 = 12078.5; / 36500 = 0.330917... -> 0.33
                Arguments.of("the first overdue day",
                        "EU", item("EUR", "2026-04-30", "2026-05-01", null, "2026-04-01=1190.00", false),
                        "0.33", "10.15% p.a. on 1190.00 EUR from 2026-05-01 to 2026-05-01 (1 day, actual/365)",
                        "2026-05-01", "2026-05-01"),
                // An interestAccruedUntil before the due date (a manual entry) does not reach back before the due date.
                Arguments.of("interest never starts before the day after the due date",
                        "EU", item("EUR", "2026-04-30", "2026-05-01", "2026-04-20", "2026-04-01=1190.00", false),
                        "0.33", "10.15% p.a. on 1190.00 EUR from 2026-05-01 to 2026-05-01 (1 day, actual/365)",
                        "2026-05-01", "2026-05-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interest")
    void chargesSimpleInterestOnEachDaysOpenAmount(String description, String jurisdiction, FeeContext item,
                                                    String amount, String basis, LocalDate periodStart, LocalDate periodEnd) {
        assertThat(interest(jurisdiction, item)).contains(
                new AssessedFee(FeeKind.INTEREST, new BigDecimal(amount), basis, periodStart, periodEnd));
    }

    @Test
    void twoAssessmentsCountEveryDayOnceAndAddUpToOneWithinACent() {
        // Whole period, 1 - 30 May: 9.93 (see above). First 1 - 15 May: 1190.00 x 10.15 x 15 = 181177.5;
        // / 36500 = 4.963767... -> 4.96. Then 16 - 30 May, the same 15 days' worth: 4.96. 4.96 + 4.96 = 9.92, one cent
        // below 9.93 because each assessment rounds on its own.
        Optional<AssessedFee> whole = interest("EU", item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=1190.00", false));
        Optional<AssessedFee> first = interest("EU", item("EUR", "2026-04-30", "2026-05-15", null, "2026-04-01=1190.00", false));
        Optional<AssessedFee> second = interest("EU",
                item("EUR", "2026-04-30", "2026-05-30", first.orElseThrow().periodEnd().toString(), "2026-04-01=1190.00", false));

        assertThat(whole).map(AssessedFee::amount).contains(new BigDecimal("9.93"));
        assertThat(first).map(AssessedFee::amount).contains(new BigDecimal("4.96"));
        assertThat(second).map(AssessedFee::amount).contains(new BigDecimal("4.96"));
        assertThat(first.get().periodEnd()).isEqualTo("2026-05-15");
        assertThat(second.get().periodStart()).isEqualTo("2026-05-16");
        assertThat(second.get().periodEnd()).isEqualTo("2026-05-30");
        assertThat(first.get().amount().add(second.get().amount()).subtract(whole.get().amount()).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void aSecondAssessmentAfterAPartialPaymentContinuesOnTheRemainder() {
        // First 1 - 15 May on 1190.00: 4.96 (above). Then 16 - 30 May on 590.00: 590.00 x 10.15 x 15 = 89827.5;
        // / 36500 = 2.461027... -> 2.46. 4.96 + 2.46 = 7.42, the same as one assessment over the whole period.
        String history = "2026-04-01=1190.00 2026-05-16=590.00";
        Optional<AssessedFee> first = interest("EU", item("EUR", "2026-04-30", "2026-05-15", null, history, false));
        Optional<AssessedFee> second = interest("EU", item("EUR", "2026-04-30", "2026-05-30", "2026-05-15", history, false));

        assertThat(first).map(AssessedFee::amount).contains(new BigDecimal("4.96"));
        assertThat(second).contains(new AssessedFee(FeeKind.INTEREST, new BigDecimal("2.46"),
                "10.15% p.a. on 590.00 EUR from 2026-05-16 to 2026-05-30 (15 days, actual/365)",
                LocalDate.parse("2026-05-16"), LocalDate.parse("2026-05-30")));
        assertThat(first.get().amount().add(second.get().amount())).isEqualByComparingTo("7.42");
    }

    @ParameterizedTest(name = "due {0}, today {1}, accrued until {2}: no interest")
    @CsvSource(nullValues = "-", value = {
            "2026-04-30, 2026-04-30, -",          // due today
            "2026-04-30, 2026-04-10, -",          // not yet due
            "2026-04-30, 2026-05-30, 2026-05-30", // already assessed through today
            "2026-04-30, 2026-05-30, 2026-06-02", // assessed ahead of today (a replay): no day twice
    })
    void noInterestForDaysNotOverdueOrAlreadyAssessed(String dueDate, String today, String accruedUntil) {
        assertThat(interest("EU", item("EUR", dueDate, today, accruedUntil, "2026-04-01=1190.00", false))).isEmpty();
    }

    @Test
    void noFeeWhenTheInterestRoundsToZero() {
        // 0.03 x 10.15 x 1 / 36500 = 0.0000083... -> 0.00; interestAccruedUntil stays, so the day is charged later.
        assertThat(interest("EU", item("EUR", "2026-04-30", "2026-05-01", null, "2026-04-01=0.03", false))).isEmpty();
        assertThat(interest("EU", item("EUR", "2026-04-30", "2026-05-30", null, "2026-04-01=0.00", false))).isEmpty();
    }

    @Test
    void interestBeforeTheTableStartsIsAnError() {
        assertThatThrownBy(() -> interest("EU", item("EUR", "2024-12-01", "2025-01-10", null, "2024-11-01=1190.00", false)))
                .isInstanceOf(NoReferenceRate.class)
                .hasMessage("no EU reference rate before 2025-01-01, needed for 2024-12-02");
    }

    private static Optional<AssessedFee> interest(String jurisdiction, FeeContext item) {
        List<AssessedFee> fees = CALCULATOR.assess(new LateFeeRule.Statutory(jurisdiction), item);
        return fees.stream().filter(fee -> fee.kind() == FeeKind.INTEREST).findFirst();
    }
}
