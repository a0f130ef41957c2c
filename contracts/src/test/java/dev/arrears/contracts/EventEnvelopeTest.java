package dev.arrears.contracts;

import dev.arrears.contracts.invoice.InvoiceIssued;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class EventEnvelopeTest {

    @Test
    void carriesCloudEventsAttributesAsHeadersAndRoutesByCatalogue() throws Exception {
        InvoiceIssued issued = ArrearsJson.mapper().treeToValue(
                GoldenSampleTest.sample(EventType.INVOICE_ISSUED), InvoiceIssued.class);

        EventEnvelope envelope = new EventEnvelope("evt-1", EventType.INVOICE_ISSUED, "/arrears/invoice-service",
                Instant.parse("2026-10-01T08:15:30Z"), "invoice/" + issued.invoiceId(), issued);

        assertThat(envelope.topic()).isEqualTo("arrears.invoice.events");
        assertThat(envelope.key()).isEqualTo("acme:C-1001");
        assertThat(envelope.headers()).containsExactly(
                entry("ce_id", "evt-1"),
                entry("ce_type", "dev.arrears.invoice.InvoiceIssued.v1"),
                entry("ce_source", "/arrears/invoice-service"),
                entry("ce_time", "2026-10-01T08:15:30Z"),
                entry("ce_subject", "invoice/0b9f7c1e-4c1a-4f7e-9a57-2f4f0f3f7b10"),
                entry("ce_specversion", "1.0"),
                entry("ce_dataschema", "https://schemas.arrears.dev/invoice/InvoiceIssued.v1.json"),
                entry("content-type", "application/json"));
    }
}
