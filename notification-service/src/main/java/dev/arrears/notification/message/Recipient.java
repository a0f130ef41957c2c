package dev.arrears.notification.message;

import java.time.ZoneId;

/**
 * Whom a message goes to and how to address them, from the customer master data this service keeps.
 *
 * @param email the address an email goes to, or {@code null} when the customer has none
 * @param phone the E.164 number texts and calls go to, or {@code null}
 * @param language BCP 47, e.g. {@code de} or {@code fr-CA}
 */
public record Recipient(String tenantId, String customerId, String name, String email, String phone, String language, ZoneId zone,
                        String country) {
}
