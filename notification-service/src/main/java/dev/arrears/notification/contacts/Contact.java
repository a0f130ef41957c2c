package dev.arrears.notification.contacts;

import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;

import java.time.ZoneId;
import java.util.List;

/**
 * What this service knows of a customer from their master data: whom to address, where, in which language and
 * time zone, and on which channels they agreed to be contacted.
 *
 * @param emails in the ERP's order: the first is tried first
 * @param phones E.164, in the ERP's order
 * @param postalAddress where letters go, or {@code null}
 */
public record Contact(String tenantId, String customerId, String legalName, List<String> emails, List<String> phones,
                      String language, ZoneId zone, String country, Consent consent, PostalAddress postalAddress) {

    public Contact {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    /** The channels the customer agreed to; letters and collectors' calls need no consent. */
    public record Consent(boolean email, boolean sms, boolean voice) {
    }
}
