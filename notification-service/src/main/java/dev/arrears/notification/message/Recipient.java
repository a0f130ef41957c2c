package dev.arrears.notification.message;

import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;

import java.time.ZoneId;

/**
 * Whom a message goes to and how to address them, from the customer master data this service keeps.
 *
 * @param email the address an email goes to, or {@code null} when the customer has none
 * @param phone the E.164 number texts and calls go to, or {@code null}
 * @param language BCP 47, e.g. {@code de} or {@code fr-CA}
 * @param postalAddress where letters go, or {@code null} when the customer's master data has none
 */
public record Recipient(String tenantId, String customerId, String name, String email, String phone, String language, ZoneId zone,
                        String country, PostalAddress postalAddress) {

    /** A recipient of whom no postal address is known. */
    public Recipient(String tenantId, String customerId, String name, String email, String phone, String language, ZoneId zone,
                     String country) {
        this(tenantId, customerId, name, email, phone, language, zone, country, null);
    }
}
