package dev.arrears.notification.rest;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.message.Fee;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What to preview.
 *
 * @param tone optional when the template exists in one tone only
 * @param language BCP 47; overrides the customer's
 * @param items the items to list; sample items dated for the template when absent
 * @param customer a made-up customer; ignored fields fall back to a sample
 * @param customerId a real customer from the contact store; {@code customer} fields override its data
 */
public record PreviewRequest(@Schema(required = true) Channel channel, @Schema(required = true, example = "overdue-firm") String templateId,
                             Tone tone, @Schema(example = "de-DE") String language, List<DunnedItem> items, List<Fee> fees,
                             PreviewCustomer customer, String customerId) {

    /** A made-up customer: name, BCP 47 language, ISO 3166 country, IANA time zone. */
    public record PreviewCustomer(@Schema(example = "Müller GmbH") String name, @Schema(example = "de") String language,
                                  @Schema(example = "DE") String country, @Schema(example = "Europe/Berlin") String timeZone) {
    }
}
