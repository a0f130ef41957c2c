package dev.arrears.notification.render;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Requests the rendering tests share: the default policy's templates and two overdue invoices. */
final class RenderFixtures {

    /** The default policy's templates and the generic friendly one, in the tone each is written in. */
    static final Map<String, Tone> TONES = Map.of("courtesy", Tone.FRIENDLY, "pre-due", Tone.FRIENDLY, "due-today", Tone.FRIENDLY,
            "reminder", Tone.FRIENDLY, "overdue", Tone.FIRM, "overdue-firm", Tone.FIRM, "final-warning", Tone.FINAL_NOTICE,
            "final-notice", Tone.FINAL_NOTICE);

    static final DunnedItem FIRST = new DunnedItem("inv-42", "INV-2026-0042", null, LocalDate.of(2026, 10, 1), 30,
            Money.of("1190.00", "EUR"), 2);
    static final DunnedItem SECOND = new DunnedItem("inv-57", "INV-2026-0057", null, LocalDate.of(2026, 10, 15), 16,
            Money.of("595.50", "EUR"), 1);

    private RenderFixtures() {
    }

    static Recipient recipient(String tenant, String language, String country) {
        return new Recipient(tenant, "C-1001", "Müller & Söhne GmbH", "ap@mueller.example", "+4930123456", language,
                ZoneId.of("Europe/Berlin"), country);
    }

    static RenderRequest request(Channel channel, String template, Recipient recipient, DunnedItem... items) {
        List<DunnedItem> listed = List.of(items);
        return new RenderRequest(channel, template, TONES.getOrDefault(template, Tone.FIRM), recipient, listed,
                Formats.sums(listed.stream().filter(i -> i.daysOverdue() > 0).map(DunnedItem::openAmount).toList()));
    }
}
