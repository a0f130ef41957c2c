package dev.arrears.notification.render.letter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A4 portrait pages written top to bottom, with DIN 5008 margins (25 mm left, 20 mm right). Bold is the regular font
 * filled and stroked, as the one embedded font has no bold cut. Page numbers are added by {@link #finish} once the
 * number of pages is known.
 */
final class PdfCursor {

    static final float MM = 72f / 25.4f;
    static final float LEFT = 25 * MM;
    static final float RIGHT = 20 * MM;
    static final float TOP = 20 * MM;
    /** Kept free at the bottom of every page for the page number. */
    static final float BOTTOM = 25 * MM;

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;

    PdfCursor(PDDocument document, PDFont font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    PDPageContentStream content() {
        return content;
    }

    float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    /** Distance from the top edge of the page, in points. */
    float fromTop() {
        return PDRectangle.A4.getHeight() - y;
    }

    void moveTo(float fromTop) {
        y = PDRectangle.A4.getHeight() - fromTop;
    }

    void advance(float height) {
        y -= height;
    }

    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    void need(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    /** One line whose top is at the cursor, {@code x} points right of the left margin; the cursor does not move. */
    void show(float x, float size, boolean bold, String text) throws IOException {
        show(content, font, LEFT + x, y - size, size, bold, text);
    }

    /** One line ending at {@code right} points right of the left margin. */
    void showRight(float right, float size, boolean bold, String text) throws IOException {
        String shown = PdfFonts.showable(font, text);
        show(right - PdfFonts.width(font, size, shown), size, bold, shown);
    }

    /** Wrapped lines from the cursor down, moving to a new page where this one is full. */
    void paragraph(float size, float leading, boolean bold, List<String> lines) throws IOException {
        for (String line : lines) {
            for (String wrapped : wrap(size, line, width())) {
                need(leading);
                show(0, size, bold, wrapped);
                advance(leading);
            }
        }
    }

    /** A horizontal line at the cursor from {@code x} to the right margin. */
    void rule(float thickness) throws IOException {
        content.setLineWidth(thickness);
        content.moveTo(LEFT, y);
        content.lineTo(LEFT + width(), y);
        content.stroke();
    }

    /** Lines of at most {@code width} points; a word longer than a line is cut. */
    List<String> wrap(float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : PdfFonts.showable(font, text).strip().split(" +")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (PdfFonts.width(font, size, longer) <= width) {
                line = longer;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            while (PdfFonts.width(font, size, word) > width && word.length() > 1) {
                int cut = 1;
                while (cut < word.length() - 1 && PdfFonts.width(font, size, word.substring(0, cut + 1)) <= width) {
                    cut++;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        lines.add(line);
        return lines;
    }

    /** Closes the last page and writes "{page} n {of} m" at the foot of every page, right-aligned, with {@code left} on the left. */
    void finish(String page, String of, String left) throws IOException {
        content.close();
        int total = document.getNumberOfPages();
        float size = 7.5f;
        float baseline = BOTTOM - 10 * MM;
        for (int i = 0; i < total; i++) {
            String number = PdfFonts.showable(font, page + " " + (i + 1) + " " + of + " " + total);
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                if (left != null && !left.isBlank()) {
                    List<String> lines = wrap(size, left, width() * 0.75f);
                    show(footer, font, LEFT, baseline, size, false, lines.get(0));
                }
                show(footer, font, LEFT + width() - PdfFonts.width(font, size, number), baseline, size, false, number);
            }
        }
    }

    private static void show(PDPageContentStream stream, PDFont font, float x, float baseline, float size, boolean bold, String text)
            throws IOException {
        if (bold) {
            stream.setLineWidth(size * 0.035f);
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        stream.newLineAtOffset(x, baseline);
        stream.showText(PdfFonts.showable(font, text));
        stream.endText();
    }
}
