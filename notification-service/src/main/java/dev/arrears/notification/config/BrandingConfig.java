package dev.arrears.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How each tenant's messages present the sender: {@code arrears.branding.<tenant>.<property>}. The entry named
 * {@code default} applies to every tenant and fills in whatever a tenant's own entry leaves out, property by property.
 */
@ConfigMapping(prefix = "arrears.branding")
public interface BrandingConfig {

    /** The tenant whose entry applies to everyone. */
    String DEFAULT = "default";

    /** Per tenant id, plus {@link #DEFAULT}. */
    @WithParentName
    Map<String, Brand> tenants();

    /** One tenant's branding; every property is optional so that a tenant only states what differs from the default. */
    interface Brand {

        /** The company name messages are signed with and SMS start with, e.g. {@code Acme GmbH}. */
        Optional<String> senderName();

        /** The letterhead address, lines separated by {@code \n}. */
        Optional<String> senderAddress();

        /** An https (or data:) URL of the logo shown in emails; letters show it only as a data: URL (no fetch while printing). */
        Optional<String> logoUrl();

        /** One line under every email and letter, e.g. registered office and managing directors. */
        Optional<String> footer();

        /** Legal text printed under letters and final notices, e.g. commercial register, VAT id. */
        Optional<String> legalText();

        /**
         * Where customers pay online; {@code {tenantId}} and {@code {customerId}} are replaced (URL-encoded). Without
         * one, messages ask for a bank transfer instead.
         */
        Optional<String> paymentLink();

        /** The account to transfer to, e.g. {@code IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX}. */
        Optional<String> bankDetails();

        /** The address customers reply to with questions. */
        Optional<String> contactEmail();

        /** The number customers call with questions, E.164 or as printed. */
        Optional<String> contactPhone();

        /** BCP 47 language used when a customer's language has no template, before English, e.g. {@code de}. */
        Optional<String> defaultLanguage();

        /**
         * ISO 3166 code of the country letters are posted from, e.g. {@code DE}: a letter to another country names the
         * destination country on the last line of its address.
         */
        Optional<String> homeCountry();

        /** Days from the message date a reminder asks payment by (the deadline it states). */
        OptionalInt paymentDays();
    }
}
