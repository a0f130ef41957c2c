package dev.arrears.notification.render;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.MissingTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FallbackOrderTest {

    /** A catalog of the shipped kind: overdue-firm and the generic overdue in de and en, overdue-firm only in fr-CA. */
    private static final Set<String> EXISTING = Set.of("overdue-firm/de", "overdue/de", "overdue-firm/en", "overdue/en",
            "overdue/fr", "reminder/en", "overdue-firm/fr-CA");
    private static final Predicate<TemplateKey> CATALOG = k -> k.channel() != Channel.CALL_TASK
            && EXISTING.contains(k.templateId() + "/" + k.language());

    @Test
    void triesTheCustomersLanguageWithAndWithoutRegionThenTheGenericThenTheTenantsThenEnglish() {
        TemplateKey asked = new TemplateKey("overdue-firm", "fr-BE", Tone.FIRM, Channel.SMS);

        assertThat(FallbackOrder.candidates(asked, "de")).extracting(TemplateKey::toString).containsExactly(
                "overdue-firm/fr-BE/FIRM/sms", "overdue-firm/fr/FIRM/sms", "overdue/fr-BE/FIRM/sms", "overdue/fr/FIRM/sms",
                "overdue-firm/de/FIRM/sms", "overdue/de/FIRM/sms", "overdue-firm/en/FIRM/sms", "overdue/en/FIRM/sms");
    }

    @ParameterizedTest(name = "{0}/{1}/{2}, tenant {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            overdue-firm | de    | FIRM     | en | overdue-firm/de/FIRM/email | -
            overdue-firm | fr-CA | FIRM     | en | overdue-firm/fr-CA/FIRM/email | -
            overdue-firm | de-AT | FIRM     | en | overdue-firm/de/FIRM/email | overdue-firm/de-AT/FIRM/email → overdue-firm/de/FIRM/email: no template in de-AT, so the same language without its region (de)
            overdue-firm | fr    | FIRM     | en | overdue/fr/FIRM/email      | overdue-firm/fr/FIRM/email → overdue/fr/FIRM/email: no 'overdue-firm' template in fr for tone FIRM, so the tone's generic template 'overdue'
            overdue-firm | nl-BE | FIRM     | de | overdue-firm/de/FIRM/email | overdue-firm/nl-BE/FIRM/email → overdue-firm/de/FIRM/email: no template in nl-BE or nl, so the tenant's default language (de)
            overdue-firm | nl    | FIRM     | en | overdue-firm/en/FIRM/email | overdue-firm/nl/FIRM/email → overdue-firm/en/FIRM/email: no template in nl, so the tenant's default language (en)
            overdue-firm | pt    | FIRM     | it | overdue-firm/en/FIRM/email | overdue-firm/pt/FIRM/email → overdue-firm/en/FIRM/email: no template in pt or it, so English (en)
            overdue-firm | -     | FIRM     | de | overdue-firm/de/FIRM/email | overdue-firm/?/FIRM/email → overdue-firm/de/FIRM/email: the customer has no language, so the tenant's default language (de)
            gentle-nudge | es    | FRIENDLY | en | reminder/en/FRIENDLY/email | gentle-nudge/es/FRIENDLY/email → reminder/en/FRIENDLY/email: no template in es, so the tenant's default language (en); no 'gentle-nudge' template in en for tone FRIENDLY, so the tone's generic template 'reminder'
            """)
    void fallsBackInTheDocumentedOrderAndSaysWhy(String template, String language, Tone tone, String tenant, String used, String reason) {
        FallbackOrder.Resolution resolution = FallbackOrder.resolve(new TemplateKey(template, language, tone, Channel.EMAIL), tenant,
                CATALOG);

        assertThat(resolution.used()).hasToString(used);
        assertThat(resolution.reason()).isEqualTo(reason);
    }

    @Test
    void nothingLeftIsAMissingTemplateListingWhatWasTried() {
        assertThatThrownBy(() -> FallbackOrder.resolve(new TemplateKey("overdue", "de", Tone.FIRM, Channel.CALL_TASK), "en", CATALOG))
                .isInstanceOf(MissingTemplate.class)
                .hasMessage("no template for overdue/de/FIRM/call_task; tried overdue/de/FIRM/call_task, overdue/en/FIRM/call_task");
    }

    @Test
    void languageTagsAreNormalised() {
        assertThat(Languages.normalize("de_de")).isEqualTo("de-DE");
        assertThat(Languages.normalize(" FR-ca ")).isEqualTo("fr-CA");
        assertThat(Languages.normalize("")).isNull();
        assertThat(Languages.normalize(null)).isNull();
        assertThat(Languages.formatting("en", "de", "DE")).hasToString("en_DE");
        assertThat(Languages.formatting("fr", "fr-CA", "US")).hasToString("fr_CA");
    }
}
