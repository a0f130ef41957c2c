package dev.arrears.dunning.audit;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text made fit for a PDF standard 14 font: characters the font cannot encode are approximated or replaced
 * rather than failing the whole document, and lines are wrapped to a width.
 */
final class PdfText {

    static final String REPLACEMENT = "?";

    private PdfText() {
    }

    /**
     * The text with whitespace and control characters as spaces, and every character the font cannot
     * encode replaced by its base letters (e.g. "ř" by "r") or, failing that, by {@link #REPLACEMENT}.
     */
    static String showable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else if (canShow(font, c)) {
                out.appendCodePoint(c);
            } else {
                out.append(approximation(font, c));
            }
        });
        return out.toString();
    }

    /** Lines of at most {@code width} points; explicit line breaks are kept, words longer than a line are cut. */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String line = "";
            for (String word : showable(font, paragraph).trim().split(" +")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, longer) <= width) {
                    line = longer;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                while (width(font, size, word) > width) {
                    int cut = 1;
                    while (cut < word.length() && width(font, size, word.substring(0, cut + 1)) <= width) {
                        cut++;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line = word;
            }
            lines.add(line);
        }
        return lines;
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static String approximation(PDFont font, int c) {
        StringBuilder base = new StringBuilder();
        Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD).codePoints()
                .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK && canShow(font, d))
                .forEach(base::appendCodePoint);
        return base.isEmpty() ? REPLACEMENT : base.toString();
    }

    private static boolean canShow(PDFont font, int c) {
        try {
            font.encode(Character.toString(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
