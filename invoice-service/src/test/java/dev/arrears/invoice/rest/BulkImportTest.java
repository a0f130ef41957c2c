package dev.arrears.invoice.rest;

import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/** Bulk files import in chunks; every line is either imported or reported with its reason. */
@QuarkusTest
class BulkImportTest {

    private final Ledger ledger = new Ledger();

    @Test
    void ndjsonImportsValidLinesAndReportsEveryOther() {
        ledger.customer("C-1");
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 1200; i++) {
            String line = switch (i) {
                case 7 -> "{\"customerId\": \"C-1\", \"invoiceNumber\": ";
                case 501 -> row("C-1", "B-" + i, "2026-13-01", "10.00");
                case 777 -> row("C-1", "B-5", "2026-10-31", "10.00");
                case 1100 -> row("C-404", "B-" + i, "2026-10-31", "10.00");
                default -> row("C-1", "B-" + i, "2026-10-31", "10.00");
            };
            file.append(line).append('\n');
            if (i == 600) {
                file.append('\n');
            }
        }

        ledger.api().contentType("application/x-ndjson").body(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/invoices/bulk").then().statusCode(200)
                .body("accepted", is(1196))
                .body("rejected", is(4))
                .body("errors.line", contains(7, 501, 778, 1101))
                .body("errors[1].field", is("issueDate"))
                .body("errors[2].reason", is("invoice number B-5 already exists"))
                .body("errors[3].reason", is("unknown customer C-404"));
        ledger.api().queryParam("size", 1).get("/api/v1/invoices").then().body("total", is(1196));
        ledger.event("C-1", "dev.arrears.invoice.InvoiceIssued.v1", "\"B-1200\"");

        ledger.api().contentType("application/x-ndjson").body(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/invoices/bulk").then().statusCode(200)
                .body("accepted", is(0))
                .body("rejected", is(1200))
                .body("errors.size()", is(1000))
                .body("errorsTruncated", is(true));
        ledger.api().queryParam("size", 1).get("/api/v1/invoices").then().body("total", is(1196));
    }

    @Test
    void csvWithQuotedFieldsAndBadAmounts() {
        ledger.customer("C-2");
        String csv = """
                invoiceNumber,customerId,issueDate,dueDate,currency,totalAmount,taxAmount
                "CSV-1",C-2,2026-10-01,2026-10-31,EUR,119.00,19.00
                "CSV,2",C-2,2026-10-01,2026-10-31,EUR,10.001,
                CSV-3,C-2,2026-10-01,2026-10-31,JPY,5000,
                """;
        ledger.api().contentType("text/csv").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/invoices/bulk").then().statusCode(200)
                .body("accepted", is(2))
                .body("errors[0].line", is(3))
                .body("errors[0].field", is("totalAmount"))
                .body("errors[0].reason", is("amount 10.001 has more decimals than EUR allows (2)"));
        ledger.api().queryParam("customerId", "C-2").get("/api/v1/invoices").then()
                .body("items.invoiceNumber", contains("CSV-1", "CSV-3"))
                .body("items[0].taxAmount.amount", is("19.00"))
                .body("items[1].totalAmount.amount", is("5000"));

        ledger.api().contentType("text/csv").body("number,amount\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/invoices/bulk").then().statusCode(422)
                .contentType("application/problem+json").body("field", is("header"));
    }

    private static String row(String customer, String number, String issueDate, String amount) {
        return "{\"customerId\": \"%s\", \"invoiceNumber\": \"%s\", \"issueDate\": \"%s\", \"dueDate\": \"2026-12-31\", \"totalAmount\": {\"amount\": \"%s\", \"currency\": \"EUR\"}}"
                .formatted(customer, number, issueDate, amount);
    }
}
