package dev.arrears.dunning.audit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;

/**
 * A4 landscape pages written top to bottom through a cursor. The "n / m" footers are added at the end,
 * once the number of pages is known.
 */
final class PdfPages {

    /** Landscape, so that every column of the CSV export has a place in the table. */
    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    /** Kept free at the bottom of every page for the footer. */
    private static final float FOOTER_SPACE = 18;

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float width() {
        return A4_LANDSCAPE.getWidth() - 2 * MARGIN;
    }

    /** The height left on the current page. */
    float space() {
        return y - MARGIN - FOOTER_SPACE;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(A4_LANDSCAPE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = A4_LANDSCAPE.getHeight() - MARGIN;
    }

    /** Writes one line whose top is {@code below} points under the cursor, {@code x} points right of the margin. */
    void show(PDFont font, float size, float x, float below, String text) throws IOException {
        show(content, font, size, MARGIN + x, y - below - size, text);
    }

    void advance(float height) {
        y -= height;
    }

    /** A horizontal line across the page at the cursor. */
    void rule(float thickness) throws IOException {
        content.setLineWidth(thickness);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + width(), y);
        content.stroke();
    }

    /** Text wrapped to the page width, continued on a new page where the page is full. */
    void paragraph(PDFont font, float size, float leading, String text) throws IOException {
        for (String line : PdfText.wrap(font, size, text, width())) {
            if (space() < leading) {
                newPage();
            }
            show(font, size, 0, 0, line);
            advance(leading);
        }
    }

    /** Ends the last page and puts {@code left} (cut to one line) and "n / m" at the foot of every page. */
    void finish(PDFont font, float size, String left) throws IOException {
        content.close();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            String number = (i + 1) + " / " + total;
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                show(footer, font, size, MARGIN, MARGIN, PdfText.wrap(font, size, left, width() * 0.8f).get(0));
                show(footer, font, size, MARGIN + width() - PdfText.width(font, size, number), MARGIN, number);
            }
        }
    }

    private static void show(PDPageContentStream stream, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(PdfText.showable(font, text));
        stream.endText();
    }
}
