package dev.arrears.invoice.rest;

import dev.arrears.invoice.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** A Peppol BIS 3.0 UBL invoice imports into the same invoice as its JSON equivalent. */
@QuarkusTest
class UblImportTest {

    private final Ledger ubl = new Ledger();
    private final Ledger json = new Ledger();

    @Test
    void ublAndJsonBookTheSameInvoice() throws IOException {
        ubl.customer("C-1001");
        json.customer("C-1001");
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/ubl/peppol-bis3-invoice.xml")) {
            xml = in.readAllBytes();
        }

        JsonPath fromUbl = ubl.api().contentType("application/xml").body(xml).post("/api/v1/invoices")
                .then().statusCode(201).extract().jsonPath();
        JsonPath fromJson = json.api().body("""
                        {"customerId": "C-1001", "invoiceNumber": "INV-2026-00042", "issueDate": "2026-10-01", "dueDate": "2026-10-31",
                         "totalAmount": {"amount": "1190.00", "currency": "EUR"}, "taxAmount": {"amount": "190.00", "currency": "EUR"},
                         "lines": [{"number": 1, "description": "Hydraulic pump", "quantity": 1, "unitPrice": 850.00, "amount": 850.00},
                                   {"number": 2, "description": "Installation and commissioning", "quantity": 2, "unitPrice": 75.00, "amount": 150.00}]}""")
                .post("/api/v1/invoices").then().statusCode(201).extract().jsonPath();

        Map<String, Object> a = withoutId(fromUbl.getMap("$"));
        Map<String, Object> b = withoutId(fromJson.getMap("$"));
        assertThat(a).isEqualTo(b);
        assertThat(a.get("invoiceNumber")).isEqualTo("INV-2026-00042");

        ubl.event("C-1001", "dev.arrears.invoice.InvoiceIssued.v1", fromUbl.getString("id"));
    }

    @Test
    void rejectsXmlThatIsNotAUblInvoice() {
        ubl.customer("C-1001");
        ubl.api().contentType("application/xml").body("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"/>")
                .post("/api/v1/invoices").then().statusCode(422).contentType("application/problem+json")
                .body("field", is("Invoice"));
        ubl.api().contentType("application/xml").body("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                .post("/api/v1/invoices").then().statusCode(422).contentType("application/problem+json");
        ubl.api().get("/api/v1/invoices").then().body("total", is(0));
    }

    private static Map<String, Object> withoutId(Map<String, Object> view) {
        var copy = new java.util.HashMap<>(view);
        copy.remove("id");
        return copy;
    }
}
