package dev.arrears.dunning.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rates shipped in reference-rates.csv: complete, and consistent where the law ties them together. */
class PublishedReferenceRatesTest {

    static final ReferenceRates PUBLISHED = ReferenceRates.load();

    @Test
    void everyStatutoryJurisdictionHasARowForEveryHalfYearFrom2023Through2026() {
        assertThat(PUBLISHED.jurisdictions()).containsExactlyInAnyOrder("DE", "EU", "FR", "GB");
        for (String jurisdiction : PUBLISHED.jurisdictions()) {
            assertThat(validFroms(jurisdiction)).as(jurisdiction).containsSubsequence(
                    "2023-01-01", "2023-07-01", "2024-01-01", "2024-07-01",
                    "2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01");
        }
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
            "EU, 2023-01-01, 2.50", "EU, 2023-07-01, 4.00", "EU, 2024-01-01, 4.50", "EU, 2025-07-01, 2.15",
            "DE, 2023-01-01, 1.62", "DE, 2024-01-01, 3.62", "DE, 2025-07-01, 1.27", "DE, 2026-01-01, 1.27",
            "GB, 2023-07-01, 5.00", "GB, 2024-01-01, 5.25", "GB, 2025-07-01, 4.25", "GB, 2026-01-01, 3.75",
    })
    void holdsThePublishedFigures(String jurisdiction, LocalDate validFrom, BigDecimal percent) {
        assertThat(PUBLISHED.entries()).contains(new ReferenceRate(jurisdiction, validFrom, percent));
    }

    @Test
    void franceUsesTheSameEcbRatesAsTheDirective() {
        assertThat(rows("FR")).isEqualTo(rows("EU"));
    }

    @Test
    void theBasiszinssatzMovesByAsMuchAsTheEcbRate() {
        // § 247 BGB: each half-year the Basiszinssatz changes by the change of the ECB main refinancing rate.
        List<ReferenceRate> de = entries("DE");
        for (int i = 1; i < de.size(); i++) {
            LocalDate halfYear = de.get(i).validFrom();
            BigDecimal ecbChange = PUBLISHED.rateOn("EU", halfYear).subtract(PUBLISHED.rateOn("EU", halfYear.minusDays(1)));
            assertThat(de.get(i).percent().subtract(de.get(i - 1).percent())).as("DE from " + halfYear)
                    .isEqualByComparingTo(ecbChange);
        }
    }

    private static List<ReferenceRate> entries(String jurisdiction) {
        return PUBLISHED.entries().stream().filter(rate -> rate.jurisdiction().equals(jurisdiction)).toList();
    }

    private static List<String> validFroms(String jurisdiction) {
        return entries(jurisdiction).stream().map(rate -> rate.validFrom().toString()).toList();
    }

    private static List<String> rows(String jurisdiction) {
        return entries(jurisdiction).stream().map(rate -> rate.validFrom() + " " + rate.percent()).toList();
    }
}
