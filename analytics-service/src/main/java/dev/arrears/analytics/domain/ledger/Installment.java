package dev.arrears.analytics.domain.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One scheduled part of an invoice: what is owed by when. */
public record Installment(int number, LocalDate dueDate, BigDecimal amount) {
}
