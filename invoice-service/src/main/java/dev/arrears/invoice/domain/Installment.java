package dev.arrears.invoice.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One scheduled part of an invoice: what is due on a date, and how much of it is still open. */
public record Installment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal open) {

    public boolean hasOpenAmount() {
        return open.signum() > 0;
    }

    Installment withOpen(BigDecimal newOpen) {
        return new Installment(number, dueDate, amount, newOpen);
    }
}
