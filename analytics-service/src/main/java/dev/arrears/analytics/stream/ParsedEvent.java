package dev.arrears.analytics.stream;

import dev.arrears.analytics.domain.ledger.DatedEvent;

/**
 * A consumed record that is either a valid event or the reason it is not, with the topic it came from, so
 * a record that cannot be used goes to that topic's dead-letter topic.
 */
public record ParsedEvent(DatedEvent event, String rawPayload, String rejection, String topic) {

    public boolean isValid() {
        return event != null;
    }

    ParsedEvent rejected(String reason) {
        return new ParsedEvent(null, rawPayload, reason, topic);
    }
}
