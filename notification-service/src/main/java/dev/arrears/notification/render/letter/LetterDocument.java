package dev.arrears.notification.render.letter;

import java.util.List;

/**
 * A letter as the letter template lays it out, read back from its XHTML: the parts LetterPdf places on A4 pages.
 * Paragraphs are lists of lines (the template's line breaks, e.g. in a sign-off).
 *
 * @param logo a {@code data:} URL, or {@code null}
 * @param sender the letterhead's lines under the name: address, then contacts; {@code address} the address alone
 * @param page the word before the page number, e.g. {@code Seite}; {@code of} the word between, e.g. {@code von}
 * @param reference the line above the date naming the customer's number, or {@code null}
 */
record LetterDocument(String language, String title, String page, String of, String logo, String senderName, List<String> sender,
                      List<String> address,
                      List<String> recipient, String reference, String date, String subject, List<List<String>> body, Table items,
                      List<List<String>> payment, List<List<String>> closing, List<List<String>> legal) {

    /** The items table: a header, the rows, and the total rows under them ({@code strong} ones are printed bold). */
    record Table(List<String> header, List<List<String>> rows, List<List<String>> totals, List<Boolean> strongTotals) {
    }
}
