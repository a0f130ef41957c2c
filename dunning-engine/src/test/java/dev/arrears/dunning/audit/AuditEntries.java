package dev.arrears.dunning.audit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Audit entries for tests, and the CSV export read back with an independent RFC 4180 parser. */
public final class AuditEntries {

    private static final Instant START = Instant.parse("2026-10-01T08:00:00.123456Z");

    private AuditEntries() {
    }

    /** The {@code n}th step of a ladder for invoice INV-{@code n}, recorded {@code n} minutes after a fixed start. */
    public static AuditEntry step(String tenant, String customer, int n, String reason) {
        return new AuditEntry(null, tenant, customer, "inv-id-" + n, String.format("INV-%04d", n), 1 + n % 3,
                START.plusSeconds(60L * n), "standard-b2b", 3, n % 5, "reminder-" + n % 5,
                AuditKind.values()[n % AuditKind.values().length], reason, "evt-" + n);
    }

    /** The row the CSV export must hold for an entry, column by column. */
    public static List<String> csvRow(AuditEntry e) {
        return Stream.of(e.id(), e.recordedAt(), e.invoiceNumber(), e.invoiceId(), e.installmentNumber(),
                e.policyId(), e.policyVersion(), e.stepIndex(), e.stepName(), e.kind(), e.reason(), e.eventId())
                .map(value -> Objects.toString(value, "")).toList();
    }

    public static List<List<String>> parseCsv(byte[] csv) throws IOException {
        try (MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            return rows.readAll().stream().map(List::of).toList();
        }
    }
}
