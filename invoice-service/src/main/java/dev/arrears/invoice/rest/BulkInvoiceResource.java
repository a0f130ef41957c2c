package dev.arrears.invoice.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.service.BulkImport;
import dev.arrears.invoice.service.BulkImport.Row;
import dev.arrears.invoice.service.BulkImport.RowError;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams a file of invoices (NDJSON or CSV) into the ledger in chunks, so files of 100,000+ rows import
 * in bounded memory. Every line is accounted for: imported, or reported with its line number and reason.
 */
@Path("/api/v1/invoices/bulk")
public class BulkInvoiceResource {

    static final String NDJSON = "application/x-ndjson";
    static final int CHUNK = 500;
    static final int MAX_REPORTED_ERRORS = 1000;

    private final BulkImport bulk;
    private final ObjectMapper mapper;

    BulkInvoiceResource(BulkImport bulk, ObjectMapper mapper) {
        this.bulk = bulk;
        this.mapper = mapper;
    }

    @POST
    @Blocking
    @Consumes({NDJSON, "text/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import invoices in bulk", description = "NDJSON: one invoice JSON (as for POST /invoices) per line. "
            + "CSV: a header naming customerId, invoiceNumber, issueDate, dueDate, currency, totalAmount and optionally taxAmount. "
            + "Imported in transactions of " + CHUNK + " rows; the report lists every rejected line with its reason. "
            + "Re-sending a file is harmless: invoice numbers already imported are reported as duplicates.")
    public Report importInvoices(@HeaderParam(TenantHeader.NAME) String tenant, @HeaderParam("Content-Type") String contentType,
                                 InputStream body) {
        String tenantId = TenantHeader.require(tenant);
        boolean csv = contentType != null && contentType.startsWith("text/csv");
        Report report = new Report();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            Map<String, Integer> header = null;
            List<Row> chunk = new ArrayList<>(CHUNK);
            long lineNumber = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (csv && header == null) {
                    try {
                        header = BulkRows.csvHeader(line);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInput("header", e.getMessage());
                    }
                    continue;
                }
                chunk.add(csv ? BulkRows.csv(header, lineNumber, line) : BulkRows.ndjson(mapper, lineNumber, line));
                if (chunk.size() == CHUNK) {
                    report.add(importChunk(tenantId, chunk));
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (!chunk.isEmpty()) {
                report.add(importChunk(tenantId, chunk));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload broke off; lines up to the last report were imported", e);
        }
        return report;
    }

    private BulkImport.ChunkResult importChunk(String tenantId, List<Row> chunk) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> bulk.importChunk(tenantId, chunk));
        } catch (Throwable e) {
            // A chunk that fails as a whole (e.g. a concurrent import took a number) is retried row by row.
            List<RowError> errors = new ArrayList<>();
            int accepted = 0;
            for (Row row : chunk) {
                try {
                    BulkImport.ChunkResult one = VertxContextSupport.subscribeAndAwait(() -> bulk.importChunk(tenantId, List.of(row)));
                    accepted += one.accepted();
                    errors.addAll(one.rejected());
                } catch (Throwable single) {
                    errors.add(new RowError(row.line(), null, String.valueOf(single.getMessage())));
                }
            }
            return new BulkImport.ChunkResult(accepted, errors);
        }
    }

    /** The outcome of an import: how many lines were imported, and why the others were not. */
    public static final class Report {
        public long accepted;
        public long rejected;
        public boolean errorsTruncated;
        public final List<RowError> errors = new ArrayList<>();

        void add(BulkImport.ChunkResult result) {
            accepted += result.accepted();
            rejected += result.rejected().size();
            for (RowError error : result.rejected().stream().sorted(java.util.Comparator.comparingLong(RowError::line)).toList()) {
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add(error);
                } else {
                    errorsTruncated = true;
                }
            }
        }
    }
}
