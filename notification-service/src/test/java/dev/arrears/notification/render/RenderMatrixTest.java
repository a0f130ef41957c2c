package dev.arrears.notification.render;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.RenderedMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.arrears.notification.render.RenderFixtures.FIRST;
import static dev.arrears.notification.render.RenderFixtures.SECOND;
import static dev.arrears.notification.render.RenderFixtures.recipient;
import static dev.arrears.notification.render.RenderFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped template in every language on every channel renders, says something, and shows the amounts and dates
 * exactly as java.text and java.time write them for the customer's locale (\u00a0 no-break space, \u202f narrow one).
 */
@QuarkusTest
class RenderMatrixTest {

    /** How a customer of each language sees INV-2026-0042, INV-2026-0057 and their total. */
    record Locale(String language, String country, String first, String second, String total, String firstDue, String secondDue,
                  String spokenTotal) {
    }

    static final List<Locale> LOCALES = List.of(
            new Locale("de", "DE", "1.190,00\u00a0€", "595,50\u00a0€", "1.785,50\u00a0€", "01.10.2026", "15.10.2026", "1785,50 Euro"),
            new Locale("en", "IE", "€1,190.00", "€595.50", "€1,785.50", "1 Oct 2026", "15 Oct 2026", "1785.50 Euro"),
            new Locale("fr", "FR", "1\u202f190,00\u00a0€", "595,50\u00a0€", "1\u202f785,50\u00a0€", "1 oct. 2026", "15 oct. 2026",
                    "1785,50 euro"),
            new Locale("es", "ES", "1.190,00\u00a0€", "595,50\u00a0€", "1.785,50\u00a0€", "1 oct 2026", "15 oct 2026", "1785,50 euro"));

    static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.SMS, Channel.VOICE, Channel.LETTER);

    @Inject
    TemplateRenderer renderer;

    static Stream<Arguments> everyTemplate() {
        return LOCALES.stream().flatMap(l -> RenderFixtures.TONES.keySet().stream().sorted()
                .flatMap(t -> CHANNELS.stream().map(c -> Arguments.of(l.language() + "-" + l.country(), t, c, l))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyTemplate")
    void rendersInTheCustomersLanguageAndLocale(String tag, String template, Channel channel, Locale l) {
        RenderedMessage message = renderer.render(request(channel, template, recipient("render-matrix", l.language(), l.country()),
                FIRST, SECOND));

        assertThat(message.channel()).isEqualTo(channel);
        assertThat(message.templateUsed()).isEqualTo(template + "/" + l.language() + "/" + RenderFixtures.TONES.get(template) + "/"
                + channel.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(message.fallback()).isNull();
        assertThat(message.text()).isNotBlank().doesNotContain("{m.").doesNotContain("null");
        switch (channel) {
            case EMAIL, LETTER -> {
                assertThat(message.subject()).isNotBlank().doesNotContain("\n");
                for (String part : List.of(message.html(), message.text())) {
                    assertThat(part).contains("INV-2026-0042", "INV-2026-0057", l.first(), l.second(), l.total(), l.firstDue(),
                            l.secondDue());
                }
                assertThat(message.html()).contains("lang=\"" + l.language() + "\"");
            }
            case SMS -> {
                assertThat(message.subject()).isNull();
                assertThat(message.text()).contains(SmsText.fit(l.total()));
                assertThat(SmsText.segments(message.text())).as(message.text()).isLessThanOrEqualTo(SmsText.MAX_SEGMENTS);
            }
            case VOICE -> assertThat(message.text()).contains(l.spokenTotal()).doesNotContain("€");
            default -> throw new AssertionError(channel);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyTemplate")
    void namesASingleInvoiceWithItsAmount(String tag, String template, Channel channel, Locale l) {
        RenderedMessage message = renderer.render(request(channel, template, recipient("render-matrix", l.language(), l.country()),
                FIRST));

        String text = message.text();
        if (channel == Channel.VOICE) {
            assertThat(text).contains(l.spokenTotal().replace("1785,50", "1190").replace("1785.50", "1190"));
        } else if (channel == Channel.SMS) {
            assertThat(text).contains(SmsText.fit(l.first()));
            assertThat(SmsText.segments(text)).as(text).isLessThanOrEqualTo(SmsText.MAX_SEGMENTS);
        } else {
            assertThat(text).contains("INV-2026-0042", l.first(), l.firstDue()).doesNotContain("INV-2026-0057");
        }
    }
}
