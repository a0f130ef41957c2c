package dev.arrears.contracts;

import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventKeyTest {

    @Test
    void formatsAndParsesTenantAndCustomer() {
        EventKey key = EventKey.of("acme", "C-1001");

        assertThat(key.toString()).isEqualTo("acme:C-1001");
        assertThat(EventKey.parse("acme:C-1001")).isEqualTo(key);
    }

    @Test
    void rejectsAmbiguousOrBlankParts() {
        assertThatThrownBy(() -> EventKey.of("ac:me", "C-1")).hasMessageContaining("must not contain ':'");
        assertThatThrownBy(() -> EventKey.of("acme", " ")).hasMessageContaining("customerId must not be blank");
        assertThatThrownBy(() -> EventKey.parse("acme")).hasMessageContaining("tenantId:customerId");
    }

    @Test
    void topicNamesAreUniqueAndDeadLettersFollowTheConvention() {
        var names = new HashSet<String>();
        for (Topics.TopicSpec topic : Topics.all()) {
            assertThat(names.add(topic.name())).as("duplicate topic %s", topic.name()).isTrue();
            assertThat(topic.partitions()).isPositive();
        }
        assertThat(Topics.deadLetter(Topics.INVOICE_EVENTS, "dunning-engine"))
                .isEqualTo("arrears.invoice.events.dunning-engine.dlq")
                .isIn(names);
    }
}
