package dev.arrears.notification.render;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.Fee;
import dev.arrears.notification.message.MissingTemplate;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static dev.arrears.notification.render.RenderFixtures.FIRST;
import static dev.arrears.notification.render.RenderFixtures.SECOND;
import static dev.arrears.notification.render.RenderFixtures.recipient;
import static dev.arrears.notification.render.RenderFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fallbacks through the real catalog, branding per tenant, fees, and the refusal to send nothing. */
@QuarkusTest
class RenderFallbackTest {

    @Inject
    TemplateRenderer renderer;

    @Test
    void aRegionalLanguageFallsBackToItsLanguageAndKeepsTheRegionsFormats() {
        RenderedMessage message = renderer.render(request(Channel.EMAIL, "overdue-firm", recipient("fallback", "fr-CA", "CA"), FIRST));

        assertThat(message.templateUsed()).isEqualTo("overdue-firm/fr/FIRM/email");
        assertThat(message.fallback()).isEqualTo("overdue-firm/fr-CA/FIRM/email → overdue-firm/fr/FIRM/email: no template in fr-CA, "
                + "so the same language without its region (fr)");
        assertThat(message.text()).contains("Madame, Monsieur,", "1\u00a0190,00\u00a0€", "1 oct. 2026");
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToTheTenantsLanguage() {
        RenderedMessage message = renderer.render(request(Channel.EMAIL, "overdue-firm", recipient("acme-test", "nl", "NL"), FIRST));

        assertThat(message.templateUsed()).isEqualTo("overdue-firm/de/FIRM/email");
        assertThat(message.fallback()).isEqualTo("overdue-firm/nl/FIRM/email → overdue-firm/de/FIRM/email: no template in nl, "
                + "so the tenant's default language (de)");
        assertThat(message.text()).startsWith("Sehr geehrte Damen und Herren,");
    }

    @Test
    void aCustomerWithoutLanguageGetsTheTenantsLanguageAndIsToldSo() {
        RenderedMessage message = renderer.render(request(Channel.SMS, "overdue", recipient("acme-test", null, "DE"), FIRST));

        assertThat(message.templateUsed()).isEqualTo("overdue/de/FIRM/sms");
        assertThat(message.fallback()).endsWith("the customer has no language, so the tenant's default language (de)");
    }

    @Test
    void englishIsTheLastLanguageAndTextStaysInTheCustomersFormats() {
        RenderedMessage message = renderer.render(request(Channel.EMAIL, "overdue", recipient("fallback", "pt", "PT"), FIRST));

        assertThat(message.templateUsed()).isEqualTo("overdue/en/FIRM/email");
        assertThat(message.fallback()).endsWith("no template in pt, so the tenant's default language (en)");
        assertThat(message.text()).contains("Dear Müller & Söhne GmbH,", new Formats(new Locale("en", "PT")).money(FIRST.openAmount()));
    }

    @Test
    void anUnknownTemplateFallsBackToItsTonesGenericTemplateInTheSameTone() {
        RenderedMessage custom = renderer.render(new RenderRequest(Channel.SMS, "gentle-nudge", Tone.FRIENDLY,
                recipient("fallback", "de", "DE"), List.of(FIRST), List.of(FIRST.openAmount())));
        RenderedMessage friendlyOverdue = renderer.render(new RenderRequest(Channel.EMAIL, "overdue", Tone.FRIENDLY,
                recipient("fallback", "es", "ES"), List.of(FIRST), List.of(FIRST.openAmount())));

        assertThat(custom.templateUsed()).isEqualTo("reminder/de/FRIENDLY/sms");
        assertThat(custom.fallback()).isEqualTo("gentle-nudge/de/FRIENDLY/sms → reminder/de/FRIENDLY/sms: no 'gentle-nudge' template "
                + "in de for tone FRIENDLY, so the tone's generic template 'reminder'");
        assertThat(friendlyOverdue.templateUsed()).isEqualTo("reminder/es/FRIENDLY/email");
        assertThat(friendlyOverdue.subject()).isEqualTo("Recordatorio de pago de Arrears Demo Ltd");
    }

    @Test
    void aChannelNoTemplateServesIsAMissingTemplate() {
        assertThatThrownBy(() -> renderer.render(request(Channel.CALL_TASK, "overdue", recipient("fallback", "de", "DE"), FIRST)))
                .isInstanceOf(MissingTemplate.class)
                .hasMessage("no template for overdue/de/FIRM/call_task; tried overdue/de/FIRM/call_task, overdue/en/FIRM/call_task");
    }

    @Test
    void aTemplateThatRendersNothingIsNeverSent() {
        assertThatThrownBy(() -> renderer.render(request(Channel.SMS, "blank-for-test", recipient("fallback", "en", "GB"), FIRST)))
                .isInstanceOf(MissingTemplate.class)
                .hasMessage("blank-for-test/en/FIRM/sms rendered a blank sms; it is not sent");
    }

    @Test
    void signsWithTheTenantsBrandingAndAsksForPaymentByItsDeadline() {
        RenderedMessage acme = renderer.render(request(Channel.EMAIL, "overdue", recipient("acme-test", "de", "DE"), FIRST));
        RenderedMessage other = renderer.render(request(Channel.EMAIL, "overdue", recipient("someone-else", "de", "DE"), FIRST));

        String deadline = new Formats(Locale.GERMANY).longDate(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(10));
        assertThat(acme.text()).contains("bis spätestens " + deadline, "Acme GmbH\nForderungsmanagement",
                "IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX", "https://pay.acme.example/acme-test/C-1001?ref=mahnung",
                "forderungen@acme.example · +49 30 1234567", "Amtsgericht Berlin-Charlottenburg HRB 123456");
        assertThat(acme.html()).contains("href=\"https://pay.acme.example/acme-test/C-1001?ref=mahnung\"", ">Jetzt bezahlen</a>",
                "Geschäftsführer: Erika Mustermann");
        assertThat(other.text()).contains("Arrears Demo Ltd", "https://pay.example.com/someone-else/C-1001")
                .doesNotContain("Acme", "IBAN");
    }

    @Test
    void feesAreListedAndAddedToWhatIsAskedFor() {
        RenderRequest withFees = new RenderRequest(Channel.EMAIL, "overdue-firm", Tone.FIRM, recipient("acme-test", "de", "DE"),
                List.of(FIRST, SECOND), List.of(Money.of("1785.50", "EUR")),
                List.of(new Fee("INV-2026-0042", null, FeeKind.STATUTORY_COMPENSATION, Money.of("40.00", "EUR")),
                        new Fee("INV-2026-0042", null, FeeKind.INTEREST, Money.of("12.34", "EUR"))));

        RenderedMessage message = renderer.render(withFees);

        assertThat(message.text()).contains("den offenen Betrag von 1.837,84\u00a0€ bis spätestens",
                "Darin enthalten sind Gebühren und Zinsen in Höhe von 52,34\u00a0€.", "Verzugspauschale (INV-2026-0042): 40,00\u00a0€",
                "Verzugszinsen (INV-2026-0042): 12,34\u00a0€", "Zu zahlender Betrag: 1.837,84\u00a0€", "Summe: 1.785,50\u00a0€");
    }

    @Test
    void itemsShowTheirInstallmentAndHowSoonTheyAreDue() {
        DunnedItem installment = new DunnedItem("inv-9", "INV-9", 2, LocalDate.of(2026, 11, 30), -7, Money.of("100.00", "EUR"), 0);
        DunnedItem today = new DunnedItem("inv-10", "INV-10", null, LocalDate.of(2026, 11, 23), 0, Money.of("1.00", "EUR"), 0);
        DunnedItem yesterday = new DunnedItem("inv-11", "INV-11", null, LocalDate.of(2026, 11, 22), 1, Money.of("2.00", "EUR"), 1);

        RenderedMessage message = renderer.render(request(Channel.EMAIL, "pre-due", recipient("acme-test", "de", "DE"), installment, today,
                yesterday));

        assertThat(message.text()).contains("INV-9 (Rate 2) · Fällig am 30.11.2026 · fällig in 7 Tagen · 100,00\u00a0€",
                "INV-10 · Fällig am 23.11.2026 · heute fällig", "INV-11 · Fällig am 22.11.2026 · 1 Tag überfällig",
                "Summe: 103,00\u00a0€", "davon überfällig: 2,00\u00a0€");
    }

    @Test
    void customerDataIsEscapedInHtml() {
        Recipient hostile = new Recipient("fallback", "C-<1>", "<script>alert(1)</script> & Co", null, null, "en", ZoneId.of("UTC"), "GB");

        RenderedMessage message = renderer.render(request(Channel.LETTER, "final-notice", hostile, FIRST));

        assertThat(message.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
        assertThat(message.text()).contains("Late Payment of Commercial Debts (Interest) Act 1998");
    }
}
