package dev.arrears.dunning.domain.fee;

import static dev.arrears.dunning.domain.fee.Fees.RATES;
import static dev.arrears.dunning.domain.fee.Fees.rate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceRatesTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "EU, 2025-06-30, 3.15",
            "EU, 2025-07-01, 2.15",  // a row holds from its first day
            "GB, 2025-12-31, 4.25",
            "GB, 2026-01-01, 3.75",
            "DE, 2026-06-30, 1.27",
            "EU, 2031-03-01, 2.40",  // after the last row: the last rate
    })
    void findsTheRateInForceOnADay(String jurisdiction, LocalDate date, BigDecimal percent) {
        assertThat(RATES.rateOn(jurisdiction, date)).isEqualTo(percent);
    }

    @Test
    void thereIsNoRateBeforeTheFirstRowOrForAnUnknownJurisdiction() {
        assertThatThrownBy(() -> RATES.rateOn("EU", LocalDate.parse("2024-12-31")))
                .isInstanceOf(NoReferenceRate.class)
                .hasMessage("no EU reference rate before 2025-01-01, needed for 2024-12-31");
        assertThatThrownBy(() -> RATES.rateOn("US", LocalDate.parse("2026-01-01")))
                .isInstanceOf(NoReferenceRate.class)
                .hasMessage("no reference rates for US");
    }

    @ParameterizedTest(name = "{0} [{1}, {2}): {3}")
    @CsvSource(delimiter = '|', value = {
            "EU | 2026-06-16 | 2026-07-15 | 2026-06-16..2026-07-01 2.15, 2026-07-01..2026-07-15 2.40",
            "EU | 2025-06-01 | 2026-08-01 | 2025-06-01..2025-07-01 3.15, 2025-07-01..2026-07-01 2.15, 2026-07-01..2026-08-01 2.40",
            "DE | 2025-12-01 | 2026-02-01 | 2025-12-01..2026-02-01 1.27",  // a new row with the same rate does not split
            "GB | 2026-06-01 | 2026-06-02 | 2026-06-01..2026-06-02 3.75",
            "EU | 2027-01-01 | 2027-03-01 | 2027-01-01..2027-03-01 2.40",
    })
    void splitsAPeriodWhereTheRateChanges(String jurisdiction, LocalDate from, LocalDate to, String expected) {
        List<RatePeriod> periods = Stream.of(expected.split(", "))
                .map(period -> period.split("\\.\\.| "))
                .map(parts -> new RatePeriod(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), new BigDecimal(parts[2])))
                .toList();

        assertThat(RATES.periods(jurisdiction, from, to)).containsExactlyElementsOf(periods);
    }

    @Test
    void anEmptyPeriodHasNoRates() {
        assertThat(RATES.periods("EU", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-01"))).isEmpty();
    }

    @Test
    void aJurisdictionHasOneRatePerDay() {
        assertThatThrownBy(() -> new ReferenceRates(List.of(rate("EU", "2026-01-01", "2.15"), rate("EU", "2026-01-01", "2.40"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two EU reference rates from 2026-01-01");
    }

    @Test
    void parsesCommentsBlankLinesAndRows() throws Exception {
        ReferenceRates rates = ReferenceRates.parse(new StringReader("""
                # a comment before the header

                jurisdiction,valid_from,percent
                DE,2016-07-01,-0.88
                  # indented comment
                DE , 2023-01-01 , 1.62
                """), "test.csv");

        assertThat(rates.entries()).containsExactly(rate("DE", "2016-07-01", "-0.88"), rate("DE", "2023-01-01", "1.62"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "EU,2026-01-01,2.15                                   | test.csv line 1: expected the header jurisdiction,valid_from,percent",
            "jurisdiction,valid_from,percent\\nEU,2026-01-01       | test.csv line 2: expected 3 fields, got 2",
            "jurisdiction,valid_from,percent\\nEU,2026-13-01,2.15  | test.csv line 2: Text '2026-13-01' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13",
            "jurisdiction,valid_from,percent\\nEU,2026-01-01,2,15  | test.csv line 2: expected 3 fields, got 4",
            "jurisdiction,valid_from,percent\\nEU,2026-01-01,x     | test.csv line 2: Character x is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.",
            "jurisdiction,valid_from,percent\\n,2026-01-01,2.15    | test.csv line 2: a reference rate needs a jurisdiction",
            "jurisdiction,valid_from,percent\\nEU,2026-01-01,2.15\\nEU,2026-01-01,2.15 | test.csv: two EU reference rates from 2026-01-01",
    })
    void namesTheLineOfAMalformedRow(String csv, String message) {
        assertThatThrownBy(() -> ReferenceRates.parse(new StringReader(csv.replace("\\n", "\n")), "test.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }
}
