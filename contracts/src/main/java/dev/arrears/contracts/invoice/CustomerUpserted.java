package dev.arrears.contracts.invoice;

import dev.arrears.contracts.ArrearsEvent;

import java.util.List;

/**
 * A customer's master data, as the dunning engine keeps it locally, was created or changed.
 *
 * <p>The event carries the complete record and replaces any earlier one.
 *
 * @param erpReference the customer's number in the tenant's ERP
 * @param phones E.164 numbers, e.g. {@code +4930123456789}
 * @param language BCP 47 language, e.g. {@code de} or {@code fr-CA}
 * @param timeZone IANA time zone, e.g. {@code Europe/Berlin}
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code DE}
 * @param paymentTermsDays default days from issue to due date
 * @param postalAddress where letters go, or {@code null} when the ERP sent none
 */
public record CustomerUpserted(
        String tenantId,
        String customerId,
        String erpReference,
        String legalName,
        List<String> emails,
        List<String> phones,
        String language,
        String timeZone,
        String country,
        Segment segment,
        Consent consent,
        int paymentTermsDays,
        PostalAddress postalAddress) implements ArrearsEvent {

    public CustomerUpserted {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    /** Master data without a postal address (events published before it existed read the same way). */
    public CustomerUpserted(String tenantId, String customerId, String erpReference, String legalName, List<String> emails,
                            List<String> phones, String language, String timeZone, String country, Segment segment, Consent consent,
                            int paymentTermsDays) {
        this(tenantId, customerId, erpReference, legalName, emails, phones, language, timeZone, country, segment, consent,
                paymentTermsDays, null);
    }

    /**
     * The customer's postal address, as the post wants it on an envelope.
     *
     * @param lines the street lines, first to last (department, street and number, building...), at least one
     * @param region state, province or county where the country's addresses name one (US, CA, AU), else {@code null}
     * @param country ISO 3166-1 alpha-2 code
     */
    public record PostalAddress(List<String> lines, String postalCode, String city, String region, String country) {

        public PostalAddress {
            lines = List.copyOf(lines);
        }
    }

    /**
     * How the tenant classifies the customer.
     *
     * @param industry or {@code null}
     * @param size {@code SMALL}, {@code MEDIUM}, {@code LARGE}, {@code ENTERPRISE} or {@code null}
     * @param riskClass {@code LOW}, {@code MEDIUM}, {@code HIGH} or {@code null}
     */
    public record Segment(String industry, String size, List<String> tags, String riskClass) {

        public Segment {
            tags = List.copyOf(tags);
        }
    }

    /** The channels the customer agreed to be contacted on. */
    public record Consent(boolean email, boolean sms, boolean voice) {
    }
}
