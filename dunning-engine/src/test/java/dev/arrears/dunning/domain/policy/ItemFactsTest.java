package dev.arrears.dunning.domain.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ItemFactsTest {

    @ParameterizedTest(name = "installment {0} of {1} is named {2}")
    @CsvSource(nullValues = "none", value = {
            "1, 1, none",  // an invoice of one installment is dunned as a whole
            "2, 3, 2",     // an installment of a split invoice keeps its number
            "1, 3, 1",
            "1, 0, 1"})    // the count unknown: the number as recorded
    void remindersNameTheInstallmentOnlyOfASplitInvoice(int number, int installments, Integer named) {
        ItemFacts facts = new ItemFacts("acme", "C-1", "inv-1", "INV-1", number, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"), "EUR", new BigDecimal("100.00"), BigDecimal.ZERO, null, false, installments);

        assertThat(facts.dunnedInstallment()).isEqualTo(named);
    }
}
