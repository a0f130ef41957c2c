package dev.arrears.analytics.stream;

import dev.arrears.contracts.EventReader;

/** A consumed record that is either a valid event or the reason it is not. */
public record ParsedEvent(EventReader.ReceivedEvent event, String rawPayload, String rejection) {

    public boolean isValid() {
        return event != null;
    }
}
