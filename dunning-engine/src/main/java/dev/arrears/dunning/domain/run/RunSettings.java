package dev.arrears.dunning.domain.run;

import dev.arrears.dunning.domain.schedule.ContactCap;
import dev.arrears.dunning.domain.schedule.SendWindow;

/**
 * How a tenant wants its customers contacted: in which local hours, how often at most, and whether one
 * reminder lists all of a customer's items or each invoice gets its own.
 */
public record RunSettings(SendWindow window, ContactCap cap, Consolidation consolidation) {

    /** How reminders due at the same run for one customer are grouped. */
    public enum Consolidation {
        /** One reminder listing all the customer's overdue items, each at its own level. */
        PER_CUSTOMER,
        /** One reminder per invoice installment whose step is due. */
        PER_INVOICE
    }
}
