package dev.arrears.invoice.domain;

import java.math.BigDecimal;

/**
 * Part of a payment or credit note applied to one installment of one invoice, with the invoice's open
 * amount right after it.
 */
public record AppliedAmount(String invoiceId, int installmentNumber, BigDecimal amount, BigDecimal invoiceOpenAfter) {
}
