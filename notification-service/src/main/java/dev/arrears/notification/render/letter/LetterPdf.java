package dev.arrears.notification.render.letter;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * Prints a rendered letter (channel LETTER) as an A4 PDF ready for a window envelope (DIN 5008): letterhead, the
 * recipient in the window, date, subject, body, the items table, payment details, closing, legal text, and "page n of m"
 * on every page. Pure: storing and listing letters is the dispatch pipeline's. CPU-bound (tens of milliseconds), so
 * call it on a worker thread.
 */
@ApplicationScoped
public class LetterPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float BODY = 10;
    private static final float LEADING = 13;
    private static final float GAP = 5;
    /** The address window of a DIN 5008 form B letter: 45 mm from the top, 45 mm high. */
    private static final float WINDOW_TOP = 45 * PdfCursor.MM;
    private static final float WINDOW_END = 90 * PdfCursor.MM;

    /**
     * @throws IllegalArgumentException when the message is not a rendered letter
     */
    public byte[] render(RenderedMessage letter, Recipient recipient) {
        if (letter.channel() != Channel.LETTER || letter.html() == null) {
            throw new IllegalArgumentException("only a rendered LETTER prints as a PDF, not " + letter.channel());
        }
        LetterDocument doc = LetterHtml.parse(letter.html());
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, doc, recipient);
            PdfCursor cursor = new PdfCursor(pdf, PdfFonts.load(pdf));
            letterhead(pdf, cursor, doc);
            window(cursor, doc);
            if (doc.reference() != null) {
                cursor.showRight(cursor.width(), BODY, false, doc.reference());
                cursor.advance(LEADING);
            }
            cursor.showRight(cursor.width(), BODY, false, doc.date());
            cursor.advance(2 * LEADING);
            cursor.paragraph(11, 15, true, List.of(doc.subject()));
            cursor.advance(GAP);
            paragraphs(cursor, doc.body(), BODY, LEADING);
            new PdfItemsTable(cursor, doc.items()).draw();
            cursor.advance(GAP);
            paragraphs(cursor, doc.payment(), BODY, LEADING);
            paragraphs(cursor, doc.closing(), BODY, LEADING);
            cursor.advance(GAP);
            paragraphs(cursor, doc.legal(), 7.5f, 10);
            cursor.finish(doc.page(), doc.of(), doc.senderName());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the letter for customer " + recipient.customerId(), e);
        }
    }

    private static void describe(PDDocument pdf, LetterDocument doc, Recipient recipient) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.subject());
        info.setAuthor(doc.senderName());
        info.setSubject(doc.subject() + " – " + recipient.name() + " (" + recipient.customerId() + ")");
        info.setProducer("Arrears notification-service");
        if (!doc.language().isBlank()) {
            pdf.getDocumentCatalog().setLanguage(doc.language());
        }
    }

    /** Logo, sender name and address, right-aligned at the top. */
    private static void letterhead(PDDocument pdf, PdfCursor cursor, LetterDocument doc) throws IOException {
        PDImageXObject logo = logo(pdf, doc.logo());
        if (logo != null) {
            float height = 12 * PdfCursor.MM;
            float width = logo.getWidth() * height / logo.getHeight();
            cursor.content().drawImage(logo, PdfCursor.LEFT + cursor.width() - width,
                    PDRectangle.A4.getHeight() - PdfCursor.TOP - height, width, height);
            cursor.advance(height + 3 * PdfCursor.MM);
        }
        cursor.showRight(cursor.width(), 10, true, doc.senderName());
        cursor.advance(13);
        for (String line : doc.sender()) {
            cursor.showRight(cursor.width(), 8, false, line);
            cursor.advance(10.5f);
        }
    }

    /** The return address in small print and the recipient, inside the envelope window. */
    private static void window(PdfCursor cursor, LetterDocument doc) throws IOException {
        cursor.moveTo(Math.max(WINDOW_TOP, cursor.fromTop() + 4 * PdfCursor.MM));
        String returnAddress = doc.senderName() + (doc.address().isEmpty() ? "" : " · " + String.join(" · ", doc.address()));
        cursor.show(0, 6.5f, false, cursor.wrap(6.5f, returnAddress, 85 * PdfCursor.MM).get(0));
        cursor.advance(12);
        for (String line : doc.recipient()) {
            cursor.show(0, BODY, false, line);
            cursor.advance(LEADING);
        }
        cursor.moveTo(Math.max(WINDOW_END + 8 * PdfCursor.MM, cursor.fromTop() + 8 * PdfCursor.MM));
    }

    private static void paragraphs(PdfCursor cursor, List<List<String>> paragraphs, float size, float leading) throws IOException {
        for (List<String> lines : paragraphs) {
            cursor.paragraph(size, leading, false, lines);
            cursor.advance(GAP);
        }
    }

    /** Only a {@code data:} image: printing never waits on, or fails for, a network fetch. A logo that will not decode is left out. */
    private static PDImageXObject logo(PDDocument pdf, String url) {
        if (url == null || !url.startsWith("data:image/") || !url.contains(";base64,")) {
            return null;
        }
        try {
            return PDImageXObject.createFromByteArray(pdf, Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), "logo");
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
