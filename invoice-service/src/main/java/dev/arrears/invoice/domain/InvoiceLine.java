package dev.arrears.invoice.domain;

import java.math.BigDecimal;

/** A line of an invoice as the ERP sent it; kept so disputes can name the lines they contest. */
public record InvoiceLine(int number, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
}
