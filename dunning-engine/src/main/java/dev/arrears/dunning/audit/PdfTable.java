package dev.arrears.dunning.audit;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table over as many pages as it needs: the header is repeated on every page, cells wrap within their
 * column, and a row is moved whole to the next page unless it is taller than a page.
 */
final class PdfTable {

    /** A column and its share of the page width, in points. */
    record Column(String title, float width) {
    }

    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float PADDING = 4;
    private static final float ROW_GAP = 3;

    private final PdfPages pages;
    private final PDFont regular;
    private final PDFont bold;
    private final List<Column> columns;
    private final List<List<String>> titles;
    private int rowsOnPage;

    PdfTable(PdfPages pages, PDFont regular, PDFont bold, List<Column> columns) throws IOException {
        this.pages = pages;
        this.regular = regular;
        this.bold = bold;
        this.columns = columns;
        this.titles = cells(bold, columns.stream().map(Column::title).toList());
        if (pages.space() < (height(titles) + 1) * LEADING + 2 * ROW_GAP) {
            pages.newPage();
        }
        header();
    }

    void row(List<String> values) throws IOException {
        List<List<String>> cells = cells(regular, values);
        int height = height(cells);
        if (rowsOnPage > 0 && pages.space() < height * LEADING + ROW_GAP) {
            nextPage();
        }
        int from = 0;
        while (true) {
            int to = Math.min(height, from + (int) ((pages.space() - ROW_GAP) / LEADING));
            draw(regular, cells, from, to);
            from = to;
            if (from == height) {
                break;
            }
            nextPage();
        }
        rowsOnPage++;
        pages.advance(ROW_GAP);
        pages.rule(0.25f);
        pages.advance(ROW_GAP);
    }

    private void nextPage() throws IOException {
        pages.newPage();
        header();
    }

    private void header() throws IOException {
        draw(bold, titles, 0, height(titles));
        pages.advance(ROW_GAP);
        pages.rule(0.75f);
        pages.advance(ROW_GAP);
        rowsOnPage = 0;
    }

    /** Lines {@code from} (inclusive) to {@code to} of every cell, column after column so a cell reads as one text. */
    private void draw(PDFont font, List<List<String>> cells, int from, int to) throws IOException {
        float x = 0;
        for (int c = 0; c < columns.size(); c++) {
            List<String> lines = cells.get(c);
            for (int line = from; line < Math.min(to, lines.size()); line++) {
                pages.show(font, SIZE, x, (line - from) * LEADING, lines.get(line));
            }
            x += columns.get(c).width();
        }
        pages.advance((to - from) * LEADING);
    }

    private List<List<String>> cells(PDFont font, List<String> values) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(PdfText.wrap(font, SIZE, values.get(c), columns.get(c).width() - PADDING));
        }
        return cells;
    }

    private static int height(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }
}
