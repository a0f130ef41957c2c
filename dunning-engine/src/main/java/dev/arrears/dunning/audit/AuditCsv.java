package dev.arrears.dunning.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A customer's audit entries as RFC 4180 CSV in UTF-8: a header row, CRLF line ends, times in ISO-8601
 * UTC. Text is written verbatim (no spreadsheet-formula escaping): the export is evidence, and the PDF
 * cites the SHA-256 of exactly these bytes.
 */
public final class AuditCsv {

    public static final String MEDIA_TYPE = "text/csv";

    static final List<String> HEADER = List.of("id", "recorded_at", "invoice_number", "invoice_id", "installment", "policy",
            "policy_version", "step_index", "step", "kind", "reason", "event_id");

    private AuditCsv() {
    }

    public static byte[] write(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER.stream());
        entries.forEach(e -> line(csv, Stream.of(e.id(), e.recordedAt(), e.invoiceNumber(), e.invoiceId(),
                e.installmentNumber(), e.policyId(), e.policyVersion(), e.stepIndex(), e.stepName(), e.kind(), e.reason(),
                e.eventId()).map(value -> Objects.toString(value, ""))));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, Stream<String> fields) {
        csv.append(fields.map(AuditCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quotes a field only where RFC 4180 requires it, doubling the quotes inside. */
    static String field(String value) {
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
