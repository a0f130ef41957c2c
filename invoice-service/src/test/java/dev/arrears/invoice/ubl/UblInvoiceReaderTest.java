package dev.arrears.invoice.ubl;

import com.sun.net.httpserver.HttpServer;
import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.InvoiceLine;
import dev.arrears.invoice.domain.IssueInvoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UblInvoiceReaderTest {

    private static final String SAMPLE = sample();

    private final UblInvoiceReader reader = new UblInvoiceReader();

    @Test
    void readsThePeppolSampleIntoTheIssueCommand() {
        IssueInvoice command = read(SAMPLE);

        assertThat(command.customerId()).isEqualTo("C-1001");
        assertThat(command.invoiceNumber()).isEqualTo("INV-2026-00042");
        assertThat(command.issueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(command.dueDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(command.totalAmount()).isEqualTo(Money.of("1190.00", "EUR"));
        assertThat(command.taxAmount()).isEqualTo(Money.of("190.00", "EUR"));
        assertThat(command.installments()).isNull();
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(1, "Hydraulic pump", new BigDecimal("1"), new BigDecimal("850.00"), new BigDecimal("850.00")),
                new InvoiceLine(2, "Installation and commissioning", new BigDecimal("2"), new BigDecimal("75.00"),
                        new BigDecimal("150.00")));
        assertThat(command.lines()).containsExactlyElementsOf(lines);
        // Nothing else: the record compares every component, amounts including their scale.
        assertThat(command).isEqualTo(new IssueInvoice("C-1001", "INV-2026-00042", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), Money.of("1190.00", "EUR"), Money.of("190.00", "EUR"), null, lines));
    }

    @Test
    void withoutDueDateTheFirstPaymentDueDateApplies() {
        String xml = replace(SAMPLE, "<cbc:DueDate>2026-10-31</cbc:DueDate>", "");
        xml = replace(xml, "<cbc:PaymentMeansCode name=\"SEPA credit transfer\">58</cbc:PaymentMeansCode>",
                "<cbc:PaymentMeansCode name=\"SEPA credit transfer\">58</cbc:PaymentMeansCode>"
                        + "<cbc:PaymentDueDate>2026-11-15</cbc:PaymentDueDate>");
        xml = replace(xml, "<cac:PaymentTerms>", """
                <cac:PaymentMeans>
                    <cbc:PaymentMeansCode>49</cbc:PaymentMeansCode>
                    <cbc:PaymentDueDate>2026-12-01</cbc:PaymentDueDate>
                </cac:PaymentMeans>
                <cac:PaymentTerms>""");

        assertThat(read(xml).dueDate()).isEqualTo(LocalDate.of(2026, 11, 15));
    }

    @Test
    void withoutAnyDueDateTheDueDateIsNamed() {
        String xml = replace(SAMPLE, "<cbc:DueDate>2026-10-31</cbc:DueDate>", "");

        assertRejected(xml, "dueDate", "cbc:DueDate (BT-9)");
    }

    @Test
    void withoutPartyIdentificationTheEndpointIdIsTheCustomer() {
        String xml = replace(SAMPLE, "<cac:PartyIdentification>\n                <cbc:ID>C-1001</cbc:ID>\n"
                + "            </cac:PartyIdentification>", "");

        assertThat(read(xml).customerId()).isEqualTo("4000001987658");
    }

    @Test
    void withoutAnyBuyerIdentifierTheCustomerIdIsNamed() {
        String xml = replace(SAMPLE, "<cbc:ID>C-1001</cbc:ID>", "");
        xml = replace(xml, "<cbc:EndpointID schemeID=\"0088\">4000001987658</cbc:EndpointID>", "");

        assertRejected(xml, "customerId", "BT-46");
    }

    @Test
    void taxInTheVatAccountingCurrencyIsNotTheTaxOwed() {
        String xml = replace(SAMPLE, "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
                "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode><cbc:TaxCurrencyCode>SEK</cbc:TaxCurrencyCode>");
        xml = replace(xml, "<cac:LegalMonetaryTotal>",
                "<cac:TaxTotal><cbc:TaxAmount currencyID=\"SEK\">2151.54</cbc:TaxAmount></cac:TaxTotal><cac:LegalMonetaryTotal>");

        assertThat(read(xml).taxAmount()).isEqualTo(Money.of("190.00", "EUR"));
    }

    @Test
    void withoutTaxTotalTheTaxIsZero() {
        String xml = SAMPLE.replaceAll("(?s)<cac:TaxTotal>.*</cac:TaxTotal>", "");

        assertThat(read(xml).taxAmount()).isEqualTo(Money.zero("EUR"));
    }

    @Test
    void missingInvoiceNumberIsNamed() {
        String xml = replace(SAMPLE, "<cbc:ID>INV-2026-00042</cbc:ID>", "");

        assertRejected(xml, "cbc:ID", "BT-1");
    }

    @Test
    void missingLineAmountIsNamedWithTheLinePosition() {
        String xml = replace(SAMPLE, "<cbc:LineExtensionAmount currencyID=\"EUR\">150.00</cbc:LineExtensionAmount>", "");

        assertRejected(xml, "cac:InvoiceLine[2]/cbc:LineExtensionAmount", "BT-131");
    }

    @Test
    void anAmountInAnotherCurrencyIsNamed() {
        String xml = replace(SAMPLE, "<cbc:PriceAmount currencyID=\"EUR\">75.00</cbc:PriceAmount>",
                "<cbc:PriceAmount currencyID=\"USD\">75.00</cbc:PriceAmount>");

        assertRejected(xml, "cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount", "USD");
    }

    @Test
    void anAmountNotReadIsStillCheckedForItsCurrency() {
        String xml = replace(SAMPLE, "<cbc:TaxableAmount currencyID=\"EUR\">", "<cbc:TaxableAmount currencyID=\"CHF\">");

        assertRejected(xml, "cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount", "CHF");
    }

    @Test
    void anImpossibleDateIsNamed() {
        String xml = replace(SAMPLE, "<cbc:IssueDate>2026-10-01</cbc:IssueDate>", "<cbc:IssueDate>01.10.2026</cbc:IssueDate>");

        assertRejected(xml, "cbc:IssueDate", "01.10.2026");
    }

    @Test
    void anAmountWithMoreDecimalsThanTheCurrencyIsNamed() {
        String xml = replace(SAMPLE, "<cbc:PayableAmount currencyID=\"EUR\">1190.00</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">1190.001</cbc:PayableAmount>");

        assertRejected(xml, "cac:LegalMonetaryTotal/cbc:PayableAmount", "decimals");
    }

    @Test
    void anAmountThatIsNoDecimalIsNamed() {
        String xml = replace(SAMPLE, "<cbc:PayableAmount currencyID=\"EUR\">1190.00</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">1.19E3</cbc:PayableAmount>");

        assertRejected(xml, "cac:LegalMonetaryTotal/cbc:PayableAmount", "1.19E3");
    }

    @Test
    void aCreditNoteIsNotAnInvoice() {
        String xml = replace(SAMPLE, "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"",
                "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"");
        xml = replace(xml, "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>");
        xml = replace(xml.replace("cac:InvoiceLine>", "cac:CreditNoteLine>"), "</Invoice>", "</CreditNote>");

        assertRejected(xml, "Invoice", "CreditNote");
    }

    @Test
    void anInvoiceOutsideTheUblNamespaceIsRefused() {
        String xml = replace(SAMPLE, " xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"", "");

        assertRejected(xml, "Invoice", "no namespace");
    }

    @Test
    void textThatIsNotXmlIsRefused() {
        assertRejected("{\"invoiceNumber\": \"INV-2026-00042\"}", "Invoice", "line 1");
        assertRejected("", "Invoice", "not an acceptable XML document");
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7f3a");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String doctype = "<!DOCTYPE Invoice [\n"
                    + "  <!ENTITY % remote SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd\">\n"
                    + "  %remote;\n"
                    + "  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                    + "]>\n";
            String xml = replace(replace(SAMPLE, "<Invoice xmlns=", doctype + "<Invoice xmlns="),
                    "<cbc:ID>INV-2026-00042</cbc:ID>", "<cbc:ID>&xxe;</cbc:ID>");

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("Invoice");
                        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET-7f3a");
                    });
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    private IssueInvoice read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertRejected(String xml, String field, String reasonMentions) {
        assertThatThrownBy(() -> read(xml))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(reasonMentions);
                });
    }

    /** Fails loudly if a variant's edit did not apply, so no test passes on the unchanged sample. */
    private static String replace(String xml, String target, String replacement) {
        assertThat(xml).contains(target);
        return xml.replace(target, replacement);
    }

    private static String sample() {
        try (InputStream in = UblInvoiceReaderTest.class.getResourceAsStream("/ubl/peppol-bis3-invoice.xml")) {
            assertThat(in).as("sample invoice on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
