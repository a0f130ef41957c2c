package dev.arrears.notification.render.letter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The letter's items table: invoice, due date, status and open amount (right-aligned), the header repeated on every
 * page, cells wrapped within their column, a row never split across pages; then the totals, labels spanning three columns.
 */
final class PdfItemsTable {

    private static final float[] SHARES = {0.30f, 0.20f, 0.28f, 0.22f};
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float PADDING = 4;

    private final PdfCursor cursor;
    private final LetterDocument.Table table;

    PdfItemsTable(PdfCursor cursor, LetterDocument.Table table) {
        this.cursor = cursor;
        this.table = table;
    }

    void draw() throws IOException {
        cursor.need(3 * LEADING);
        header();
        for (List<String> row : table.rows()) {
            List<List<String>> cells = cells(row);
            float height = height(cells);
            if (!cursor.fits(height)) {
                cursor.newPage();
                header();
            }
            draw(cells, false);
            cursor.advance(2);
            cursor.rule(0.25f);
            cursor.advance(3);
        }
        cursor.advance(2);
        for (int i = 0; i < table.totals().size(); i++) {
            List<String> total = table.totals().get(i);
            String label = String.join(" – ", total.subList(0, total.size() - 1).stream().filter(c -> !c.isBlank()).toList());
            List<List<String>> cells = List.of(cursor.wrap(SIZE, label, width(0) + width(1) + width(2) - PADDING),
                    cursor.wrap(SIZE, total.get(total.size() - 1), width(3)));
            cursor.need(height(cells));
            boolean bold = table.strongTotals().get(i);
            for (int line = 0; line < cells.get(0).size(); line++) {
                cursor.show(0, SIZE, bold, cells.get(0).get(line));
                if (line < cells.get(1).size()) {
                    cursor.showRight(cursor.width(), SIZE, bold, cells.get(1).get(line));
                }
                cursor.advance(LEADING);
            }
        }
    }

    private void header() throws IOException {
        draw(cells(table.header()), true);
        cursor.advance(2);
        cursor.rule(0.75f);
        cursor.advance(4);
    }

    private void draw(List<List<String>> cells, boolean bold) throws IOException {
        float x = 0;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int line = 0; line < lines.size(); line++) {
                cursor.advance(line * LEADING);
                if (c == cells.size() - 1) {
                    cursor.showRight(cursor.width(), SIZE, bold, lines.get(line));
                } else {
                    cursor.show(x, SIZE, bold, lines.get(line));
                }
                cursor.advance(-line * LEADING);
            }
            x += width(c);
        }
        cursor.advance(height(cells));
    }

    private List<List<String>> cells(List<String> values) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < SHARES.length; c++) {
            cells.add(cursor.wrap(SIZE, c < values.size() ? values.get(c) : "", width(c) - PADDING));
        }
        return cells;
    }

    private float width(int column) {
        return cursor.width() * SHARES[column];
    }

    private static float height(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1) * LEADING;
    }
}
