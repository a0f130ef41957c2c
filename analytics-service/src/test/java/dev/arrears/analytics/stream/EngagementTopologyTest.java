package dev.arrears.analytics.stream;

import dev.arrears.analytics.Facts;
import dev.arrears.analytics.domain.effectiveness.Dimension;
import dev.arrears.analytics.domain.engagement.Engagement;
import dev.arrears.analytics.domain.figures.Figures;
import dev.arrears.contracts.dunning.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open and click rates from the notification events, worked by hand. Four emails and an SMS sent on 2026-03-16
 * (Europe/Berlin): three emails delivered, two opened, one of those clicked, one bounced; the SMS delivered.
 */
class EngagementTopologyTest {

    private static final LocalDate SENT = LocalDate.parse("2026-03-16");

    private final Facts c1 = Facts.of("acme", "C-1");
    private final Facts c2 = Facts.of("acme", "C-2");
    private final TopologyFixture topology = new TopologyFixture(DsoTopologyTest.WALL_CLOCK);

    @AfterEach
    void close() {
        topology.close();
    }

    private void feed() {
        topology.send(c1.customer("LARGE", "LOW", "Europe/Berlin"), "2026-01-01T00:00:00Z");
        send(c1, "SENT", "m-1", Channel.EMAIL, "firm-a", "2026-03-16T08:00:00Z");
        send(c1, "DELIVERED", "m-1", Channel.EMAIL, "firm-a", "2026-03-16T08:00:05Z");
        send(c1, "OPENED", "m-1", Channel.EMAIL, "firm-a", "2026-03-16T09:30:00Z");
        send(c1, "OPENED", "m-1", Channel.EMAIL, "firm-a", "2026-03-17T10:00:00Z");
        send(c1, "CLICKED", "m-1", Channel.EMAIL, "firm-a", "2026-03-17T10:01:00Z");
        send(c1, "SENT", "m-2", Channel.EMAIL, "firm-b", "2026-03-16T08:00:00Z");
        send(c1, "DELIVERED", "m-2", Channel.EMAIL, "firm-b", "2026-03-16T08:00:04Z");
        // m-3 was opened, the delivery report never came: the open shows it arrived. Its open arrives before its send.
        send(c2, "OPENED", "m-3", Channel.EMAIL, "firm-a", "2026-03-18T12:00:00Z");
        send(c2, "SENT", "m-3", Channel.EMAIL, "firm-a", "2026-03-16T08:00:00Z");
        send(c2, "SENT", "m-4", Channel.EMAIL, "firm-b", "2026-03-16T08:00:00Z");
        send(c2, "BOUNCED", "m-4", Channel.EMAIL, "firm-b", "2026-03-16T08:01:00Z");
        send(c2, "SENT", "m-5", Channel.SMS, "firm-a", "2026-03-16T08:05:00Z");
        send(c2, "DELIVERED", "m-5", Channel.SMS, "firm-a", "2026-03-16T08:05:09Z");
    }

    @Test
    void ratesPerChannelOfTheMessagesSentThatDay() {
        feed();

        Engagement email = engagement(Dimension.CHANNEL).get("EMAIL");
        // 4 sent, 3 delivered (m-1, m-2, m-3 by its open), 2 opened, 1 clicked, 1 bounced.
        assertThat(email).isEqualTo(new Engagement("EMAIL", 4, 3, 2, 1, 1, 0, new BigDecimal("75.00"), new BigDecimal("66.67"),
                new BigDecimal("33.33"), new BigDecimal("50.00")));
        assertThat(engagement(Dimension.CHANNEL).get("SMS").deliveryRate()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void templatesOfAStepAreItsVariants() {
        feed();

        Map<String, Engagement> byTemplate = engagement(Dimension.TEMPLATE);
        // firm-a: m-1, m-3, m-5 (3 sent, 3 delivered, 2 opened); firm-b: m-2, m-4 (2 sent, 1 delivered, none opened).
        assertThat(byTemplate.get("firm-a").openRate()).isEqualTo(new BigDecimal("66.67"));
        assertThat(byTemplate.get("firm-b").openRate()).isEqualTo(new BigDecimal("0.00"));
        assertThat(engagement(Dimension.STEP).get("default/overdue-3").sent()).isEqualTo(5);
    }

    @Test
    void aRepeatedOrRedeliveredEventCountsOnce() {
        feed();
        Map<String, Figures> once = EngagementReader.read(topology.store(StateStores.ENGAGEMENT), "acme", Dimension.CHANNEL, SENT, SENT);

        send(c1, "OPENED", "m-1", Channel.EMAIL, "firm-a", "2026-03-19T10:00:00Z");
        send(c1, "CLICKED", "m-1", Channel.EMAIL, "firm-a", "2026-03-19T10:01:00Z");

        assertThat(EngagementReader.read(topology.store(StateStores.ENGAGEMENT), "acme", Dimension.CHANNEL, SENT, SENT)).isEqualTo(once);
    }

    private void send(Facts customer, String kind, String message, Channel channel, String template, String at) {
        topology.send(customer.message(kind, uuid(message), channel, template, "overdue-3", at), at);
    }

    private static String uuid(String message) {
        return "00000000-0000-4000-8000-00000000000" + message.substring(2);
    }

    private Map<String, Engagement> engagement(Dimension dimension) {
        Map<String, Figures> sums = EngagementReader.read(topology.store(StateStores.ENGAGEMENT), "acme", dimension, SENT, SENT);
        Map<String, Engagement> rows = new TreeMap<>();
        sums.forEach((value, figures) -> rows.put(value, Engagement.of(value, figures)));
        return rows;
    }
}
