package dev.arrears.dunning.audit;

import dev.arrears.dunning.audit.PdfTable.Column;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * A customer's audit entries as a PDF evidence document. It ends with the SHA-256 of the CSV export of
 * the same entries, so a printed record can be matched to the exact data it shows.
 */
@ApplicationScoped
public class AuditPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    /** As wide as the page between its margins; a time with microseconds and the longest kind fit on one line. */
    private static final List<Column> COLUMNS = List.of(new Column("#", 30), new Column("Recorded at (UTC)", 112),
            new Column("Invoice", 80), new Column("Inst.", 24), new Column("Policy / step", 100), new Column("Kind", 96),
            new Column("Reason", 247), new Column("Event id", 80));

    private final Clock clock;

    AuditPdf(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(String tenantId, String customerId, List<AuditEntry> entries) {
        Instant generatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // Standard 14 fonts are created per document: a font object belongs to the document it is written into.
        try (PDDocument document = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            describe(document, customerId, generatedAt);
            PdfPages pages = new PdfPages(document);
            pages.paragraph(bold, 16, 24, "Dunning record");
            pages.paragraph(regular, 10, 14, "Tenant: " + tenantId);
            pages.paragraph(regular, 10, 14, "Customer: " + customerId);
            pages.paragraph(regular, 10, 14, "Generated at: " + generatedAt);
            pages.paragraph(regular, 10, 14, "Entries: " + entries.size());
            pages.advance(10);
            PdfTable table = new PdfTable(pages, regular, bold, COLUMNS);
            for (AuditEntry entry : entries) {
                table.row(cells(entry));
            }
            pages.advance(12);
            pages.paragraph(bold, 9, 13, "SHA-256 of the CSV export: " + sha256(AuditCsv.write(entries)));
            pages.paragraph(regular, 8, 11, "The CSV export (RFC 4180, UTF-8) of the same entries has this digest. Characters"
                    + " these fonts cannot show are printed as their base letter or '" + PdfText.REPLACEMENT
                    + "'; the CSV export holds the exact text.");
            pages.finish(regular, 7, "Dunning record of customer " + customerId + " (tenant " + tenantId + "), generated at "
                    + generatedAt);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the dunning record of customer " + customerId, e);
        }
    }

    private static void describe(PDDocument document, String customerId, Instant generatedAt) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Dunning record of customer " + customerId);
        info.setProducer("Arrears dunning-engine");
        GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(generatedAt.toEpochMilli());
        info.setCreationDate(created);
    }

    private static List<String> cells(AuditEntry e) {
        String policy = Objects.toString(e.policyId(), "") + (e.policyVersion() == null ? "" : " v" + e.policyVersion());
        String step = e.stepIndex() == null && e.stepName() == null ? ""
                : "step " + Objects.toString(e.stepIndex(), "") + " " + Objects.toString(e.stepName(), "");
        return List.of(Objects.toString(e.id(), ""), e.recordedAt().toString(), Objects.toString(e.invoiceNumber(), ""),
                Objects.toString(e.installmentNumber(), ""), (policy + "\n" + step).strip(), e.kind().name(), e.reason(),
                Objects.toString(e.eventId(), ""));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
