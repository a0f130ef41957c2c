package dev.arrears.analytics.domain.figures;

/**
 * The daily figures kept per tenant, segment and currency. A stock (a balance at the end of a day) is the
 * sum of its changes up to that day; a flow (what happened during days) is the sum of its entries over
 * them. Both are stored as dated changes, so one running sum answers either.
 */
public enum Metric {
    // Stocks: open amounts and open items at the end of a day.
    RECEIVABLES,
    AGING_CURRENT, AGING_1_30, AGING_31_60, AGING_61_90, AGING_91_120, AGING_OVER_120,
    ITEMS_CURRENT, ITEMS_1_30, ITEMS_31_60, ITEMS_61_90, ITEMS_91_120, ITEMS_OVER_120,
    /** Overdue receivables of customers by risk class; weighted only when asked, so weights can change. */
    OVERDUE_RISK_LOW, OVERDUE_RISK_MEDIUM, OVERDUE_RISK_HIGH, OVERDUE_RISK_UNRATED,
    /** Open amount under open disputes, never more than the item's open amount. */
    DISPUTED,
    /** Amount promised by customers whose promise is neither kept nor broken yet. */
    PROMISED,

    // Flows: what happened on a day.
    /** Invoiced on credit (the amount payable by installments), less the open amount of voided invoices. */
    CREDIT_SALES,
    /** Payments applied to invoices, on their value date, less what was later reversed. */
    COLLECTED,
    CREDITED,
    WRITTEN_OFF,
    /** Σ amount × days from issue to payment, over {@link #COLLECTED}. */
    DAYS_TO_PAY_WEIGHTED,
    /** The part of {@link #COLLECTED} paid after its due date. */
    COLLECTED_LATE,
    /** Σ amount × days from due date to payment, over {@link #COLLECTED_LATE}. */
    DAYS_LATE_WEIGHTED,
    PROMISES_KEPT,
    PROMISES_BROKEN,
    PROMISED_KEPT_AMOUNT,
    PROMISED_BROKEN_AMOUNT
}
