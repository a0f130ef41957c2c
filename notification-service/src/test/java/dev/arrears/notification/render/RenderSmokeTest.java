package dev.arrears.notification.render;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@QuarkusTest
class RenderSmokeTest {

    @Inject
    TemplateRenderer renderer;

    @Test
    void smoke() {
        for (Channel c : List.of(Channel.EMAIL, Channel.SMS, Channel.VOICE, Channel.LETTER)) {
            RenderedMessage m = renderer.render(new RenderRequest(c, "overdue-firm", Tone.FIRM,
                    new Recipient("t", "C-1", "Müller GmbH", null, null, "de", ZoneId.of("Europe/Berlin"), "DE"),
                    List.of(new DunnedItem("i1", "INV-1", null, LocalDate.of(2026, 10, 1), 30, Money.of("1190.00", "EUR"), 2)),
                    List.of(Money.of("1190.00", "EUR"))));
            System.out.println("=== " + m.templateUsed() + " | " + m.fallback() + "\n" + m.subject() + "\n" + m.text() + "\n" + m.html());
        }
    }
}
