package dev.arrears.notification.render.letter;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import dev.arrears.notification.render.TemplateRenderer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class LetterPdfTest {

    private static final Recipient MUELLER = new Recipient("acme-test", "C-1001", "Müller & Söhne GmbH", null, null, "de",
            ZoneId.of("Europe/Berlin"), "DE");

    @Inject
    TemplateRenderer renderer;

    @Inject
    LetterPdf letters;

    @Test
    void printsTheFinalNoticeWithItsItemsAmountsAndLegalText() throws IOException {
        RenderedMessage letter = render(MUELLER, List.of(
                item("INV-2026-0042", LocalDate.of(2026, 10, 1), 60, "1190.00"),
                item("INV-2026-0057", LocalDate.of(2026, 10, 15), 46, "595.50")));

        try (PDDocument pdf = Loader.loadPDF(letters.render(letter, MUELLER))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Letzte Zahlungsaufforderung vor Einleitung gerichtlicher Schritte");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(text).contains("Acme GmbH", "Hauptstraße 1", "Müller & Söhne GmbH", "Kundennummer: C-1001",
                    "Letzte Zahlungsaufforderung vor Einleitung gerichtlicher Schritte", "Sehr geehrte Damen und Herren,",
                    "INV-2026-0042", "01.10.2026", "60 Tage überfällig", "1.190,00\u00a0€",
                    "INV-2026-0057", "15.10.2026", "46 Tage überfällig", "595,50\u00a0€",
                    "Summe", "1.785,50\u00a0€", "§ 288 Abs. 5 BGB", "IBAN DE89 3704 0044 0532 0130 00",
                    "Amtsgericht Berlin-Charlottenburg HRB 123456", "Seite 1 von 1");
        }
    }

    @Test
    void aLongListContinuesOnNumberedPagesWithTheTableHeaderRepeated() throws IOException {
        List<DunnedItem> items = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> item("INV-2026-%04d".formatted(i), LocalDate.of(2026, 9, 1).plusDays(i), 90 - i, "%d.%02d".formatted(i * 10, i)))
                .toList();

        try (PDDocument pdf = Loader.loadPDF(letters.render(render(MUELLER, items), MUELLER))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pageTexts = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(pdf));
            }
            for (int p = 0; p < pages; p++) {
                assertThat(pageTexts.get(p)).contains("Seite " + (p + 1) + " von " + pages);
            }
            String all = String.join("\n", pageTexts);
            assertThat(all).contains("INV-2026-0001", "10,01\u00a0€", "INV-2026-0060", "600,60\u00a0€");
            assertThat(pageTexts.get(1)).contains("Rechnung", "Offener Betrag");
        }
    }

    @Test
    void printsNamesInAnyScriptItHasGlyphsForAndMarksTheRest() throws IOException {
        Recipient polish = new Recipient("letters", "C-7", "Łódź Żółć Sp. z o.o. 東京", null, null, "en", ZoneId.of("Europe/Warsaw"), "PL");

        try (PDDocument pdf = Loader.loadPDF(letters.render(render(polish, List.of(item("F/2026/7", LocalDate.of(2026, 9, 1), 60, "1234.56"))),
                polish))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Łódź Żółć Sp. z o.o. ??", "F/2026/7", "Page 1 of 1");
        }
    }

    @Test
    void showsALogoGivenAsADataUrl() throws IOException {
        BufferedImage image = new BufferedImage(40, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        RenderedMessage letter = render(MUELLER, List.of(item("INV-1", LocalDate.of(2026, 9, 1), 60, "10.00")));
        String withLogo = letter.html().replace("<header class=\"sender\">",
                "<header class=\"sender\"><img class=\"logo\" alt=\"\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"/>");

        byte[] pdf = letters.render(new RenderedMessage(Channel.LETTER, letter.subject(), withLogo, letter.text(), letter.templateUsed(), null),
                MUELLER);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
    }

    @Test
    void onlyLettersPrint() {
        RenderedMessage email = renderer.render(new RenderRequest(Channel.EMAIL, "final-notice", Tone.FINAL_NOTICE, MUELLER,
                List.of(item("INV-1", LocalDate.of(2026, 9, 1), 60, "10.00")), List.of()));

        assertThatThrownBy(() -> letters.render(email, MUELLER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a rendered LETTER");
        assertThatThrownBy(() -> letters.render(new RenderedMessage(Channel.LETTER, "s", "<html><body/></html>", "t", "x", null), MUELLER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a rendered letter");
    }

    private RenderedMessage render(Recipient recipient, List<DunnedItem> items) {
        return renderer.render(new RenderRequest(Channel.LETTER, "final-notice", Tone.FINAL_NOTICE, recipient, items,
                List.of()));
    }

    private static DunnedItem item(String number, LocalDate due, int days, String amount) {
        return new DunnedItem("id-" + number, number, null, due, days, Money.of(amount, "EUR"), 4);
    }
}
