package dev.arrears.notification.render.letter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The letter's font: Liberation Sans, which PDFBox ships, embedded as a subset. Unlike the standard 14 fonts it has
 * every character our locales print (the narrow no-break space of French amounts, ’ in Swiss ones, Ł, ř, ő in names).
 */
final class PdfFonts {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] LIBERATION_SANS = read();

    private PdfFonts() {
    }

    /** A font object belongs to the document it is written into, so every letter loads its own. */
    static PDFont load(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(LIBERATION_SANS));
    }

    /** The text with characters the font lacks replaced by their base letter, or {@code ?}, rather than failing the letter. */
    static String showable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (canShow(font, c)) {
                out.appendCodePoint(c);
            } else {
                StringBuilder base = new StringBuilder();
                Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD).codePoints()
                        .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK && canShow(font, d))
                        .forEach(base::appendCodePoint);
                out.append(base.isEmpty() ? "?" : base);
            }
        });
        return out.toString();
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static boolean canShow(PDFont font, int c) {
        try {
            font.encode(Character.toString(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] read() {
        try (InputStream in = PDType0Font.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
