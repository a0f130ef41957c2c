package dev.arrears.analytics.domain.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What an invoice asks for: issue date and installments, as issued or as last adjusted. An adjustment
 * restates the invoice from its issue date on, so its history is corrected rather than changed on the day
 * of the adjustment.
 *
 * @param issueDate {@code null} in restated terms, which keep the issue date of the original
 */
public record Terms(LocalDate issueDate, List<Installment> installments) {

    public Terms {
        installments = installments.stream()
                .sorted(Comparator.comparing(Installment::dueDate).thenComparingInt(Installment::number))
                .toList();
    }
}
