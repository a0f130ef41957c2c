package dev.arrears.notification.letters;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;

import java.time.Instant;
import java.util.List;

/**
 * A letter to print and mail: the HTML its PDF is printed from, for one customer and dunning step.
 *
 * @param sourceEventIds the reminders and escalations it answers (a step may raise both)
 */
public record Letter(String letterId, String tenantId, String customerId, LetterStatus status, String templateId, Tone tone,
                     String language, String recipientName, List<DunnedItem> items, String subject, String html, String templateUsed,
                     List<String> sourceEventIds, Instant createdAt, Instant updatedAt) {

    public Letter {
        items = List.copyOf(items);
        sourceEventIds = List.copyOf(sourceEventIds);
    }
}
