package dev.arrears.dunning.audit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF evidence document without a running service: layout, fonts and the CSV digest. */
class AuditPdfTest {

    private final AuditPdf pdf = new AuditPdf(Clock.fixed(Instant.parse("2026-11-02T10:15:30.987Z"), ZoneOffset.UTC));

    @Test
    void anEmptyRecordIsOneValidPageWithTheDigestOfTheHeaderOnlyCsv() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render("t-1", "C-1", List.of()))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Dunning record", "Tenant: t-1", "Customer: C-1", "Entries: 0", "1 / 1")
                    .contains("Generated at: 2026-11-02T10:15:30Z")
                    .contains(sha256(AuditCsv.write(List.of())));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Dunning record of customer C-1");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo("2026-11-02T10:15:30Z");
        }
    }

    @Test
    void showsWhatHelveticaCannotEncodeAsBaseLettersOrAReplacementInsteadOfFailing() throws Exception {
        AuditEntry entry = AuditEntries.step("t-1", "Dvořák s.r.o.", 1, "Dvořák agreed on ﬁve payments\twith 東京 office 😀, Müller €");

        try (PDDocument document = Loader.loadPDF(pdf.render("t-1", "Dvořák s.r.o.", List.of(entry)))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(text).contains("Customer: Dvorák s.r.o.")
                    .contains("Dvorák agreed on five payments with ?? office ?, Müller €");
        }
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPages() throws Exception {
        String reason = String.join(" ", Collections.nCopies(1500, "overdue"));
        List<AuditEntry> entries = List.of(AuditEntries.step("t-1", "C-1", 1, reason), AuditEntries.step("t-1", "C-1", 2, "last"));

        try (PDDocument document = Loader.loadPDF(pdf.render("t-1", "C-1", entries))) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text.split("overdue", -1)).hasSize(1501);
            assertThat(text).contains("INV-0002", "last", document.getNumberOfPages() + " / " + document.getNumberOfPages());
        }
    }

    @Test
    void wrapsWordsLongerThanALineByCuttingThem() throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String word = "x".repeat(200);

        List<String> lines = PdfText.wrap(font, 10, "short " + word + " end", 100);

        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(font, 10, line)).isLessThanOrEqualTo(100));
        assertThat(String.join("", lines)).isEqualTo("short" + word + "end");
        assertThat(lines.get(0)).isEqualTo("short");
        assertThat(lines.get(lines.size() - 1)).endsWith("end");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
