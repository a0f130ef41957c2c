package dev.arrears.invoice.domain;

/** Where an invoice stands in its life. */
public enum InvoiceStatus {
    OPEN,
    PARTIALLY_PAID,
    PAID,
    VOIDED,
    WRITTEN_OFF
}
