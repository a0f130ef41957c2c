package dev.arrears.notification.letters;

import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;

import java.time.Instant;
import java.util.List;

/**
 * A letter to print and mail, for one customer and dunning step: the HTML it was rendered as (its PDF is stored beside
 * it, see {@link Letters#pdf}).
 *
 * @param sourceEventIds the reminders and escalations it answers (a step may raise both)
 * @param printedAt when the print room printed it, or {@code null}
 * @param mailedAt when it was handed to the post, or {@code null}
 */
public record Letter(String letterId, String tenantId, String customerId, LetterStatus status, String templateId, Tone tone,
                     String language, String recipientName, List<DunnedItem> items, String subject, String html, String templateUsed,
                     List<String> sourceEventIds, Instant createdAt, Instant updatedAt, Instant printedAt, Instant mailedAt) {

    public Letter {
        items = List.copyOf(items);
        sourceEventIds = List.copyOf(sourceEventIds);
    }
}
