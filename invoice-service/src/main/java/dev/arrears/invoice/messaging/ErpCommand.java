package dev.arrears.invoice.messaging;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commands an ERP may write to {@code arrears.erp.commands} instead of calling REST. Each payload is
 * the JSON body of the matching REST request; {@code ce_id} is the command's idempotency key.
 */
public enum ErpCommand {

    UPSERT_CUSTOMER("UpsertCustomer"),
    ISSUE_INVOICE("IssueInvoice"),
    RECORD_PAYMENT("RecordPayment"),
    ISSUE_CREDIT_NOTE("IssueCreditNote");

    private final String name;

    ErpCommand(String name) {
        this.name = name;
    }

    /** The {@code ce_type}, e.g. {@code dev.arrears.erp.IssueInvoice.v1}. */
    public String type() {
        return "dev.arrears.erp." + name + ".v1";
    }

    public static Optional<ErpCommand> ofType(String type) {
        return Arrays.stream(values()).filter(c -> c.type().equals(type)).findFirst();
    }
}
