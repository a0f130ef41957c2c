package dev.arrears.invoice.domain;

import dev.arrears.invoice.repository.json.StringsJson;
import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;
import dev.arrears.invoice.repository.json.PostalAddressJson;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A tenant's customer: who to remind, how, in which language and time zone, and with which consent. */
@Entity
@Table(name = "customer")
@IdClass(Customer.Key.class)
public class Customer {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> SIZES = Set.of("SMALL", "MEDIUM", "LARGE", "ENTERPRISE");
    private static final Set<String> RISK_CLASSES = Set.of("LOW", "MEDIUM", "HIGH");

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public String id;

    @Column(name = "erp_reference")
    public String erpReference;

    @Column(name = "legal_name")
    public String legalName;

    @Convert(converter = StringsJson.class)
    public List<String> emails;

    @Convert(converter = StringsJson.class)
    public List<String> phones;

    public String language;

    @Column(name = "time_zone")
    public String timeZone;

    public String country;

    public String industry;

    public String size;

    @Convert(converter = StringsJson.class)
    public List<String> tags;

    @Column(name = "risk_class")
    public String riskClass;

    @Column(name = "consent_email")
    public boolean consentEmail;

    @Column(name = "consent_sms")
    public boolean consentSms;

    @Column(name = "consent_voice")
    public boolean consentVoice;

    @Column(name = "payment_terms_days")
    public int paymentTermsDays;

    @Column(name = "postal_address")
    @Convert(converter = PostalAddressJson.class)
    public PostalAddress postalAddress;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Customer create(String tenantId, String id, CustomerDetails details, Instant now) {
        Customer customer = new Customer();
        customer.tenantId = tenantId;
        customer.id = Identifiers.require("id", id);
        customer.update(details, now);
        return customer;
    }

    /** Replaces the master data with {@code details}, after validating every field. */
    public void update(CustomerDetails details, Instant now) {
        legalName = Identifiers.requireText("legalName", details.legalName());
        // Consumers need the ERP's number for the customer on every letter; an ERP that sends none numbers its
        // customers by the id it gives us.
        erpReference = details.erpReference() == null || details.erpReference().isBlank() ? id : details.erpReference();
        emails = List.copyOf(details.emails() == null ? List.of() : details.emails());
        for (int i = 0; i < emails.size(); i++) {
            if (emails.get(i) == null || !EMAIL.matcher(emails.get(i)).matches()) {
                throw new InvalidInput("emails[" + i + "]", "'" + emails.get(i) + "' is not an email address");
            }
        }
        phones = List.copyOf(details.phones() == null ? List.of() : details.phones());
        for (int i = 0; i < phones.size(); i++) {
            if (phones.get(i) == null || !E164.matcher(phones.get(i)).matches()) {
                throw new InvalidInput("phones[" + i + "]", "'" + phones.get(i) + "' is not an E.164 phone number (e.g. +4930123456)");
            }
        }
        language = details.language() == null ? "en" : details.language();
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidInput("language", "'" + language + "' is not a language tag like de or fr-CA");
        }
        timeZone = details.timeZone() == null ? "UTC" : details.timeZone();
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "'" + timeZone + "' is not an IANA time zone like Europe/Berlin");
        }
        country = Identifiers.requireText("country", details.country());
        if (!COUNTRIES.contains(country)) {
            throw new InvalidInput("country", "'" + country + "' is not an ISO 3166-1 alpha-2 country code");
        }
        industry = details.industry();
        size = details.size();
        if (size != null && !SIZES.contains(size)) {
            throw new InvalidInput("size", "size must be one of " + SIZES);
        }
        tags = List.copyOf(details.tags() == null ? List.of() : details.tags());
        riskClass = details.riskClass();
        if (riskClass != null && !RISK_CLASSES.contains(riskClass)) {
            throw new InvalidInput("riskClass", "riskClass must be one of " + RISK_CLASSES);
        }
        consentEmail = details.consentEmail() == null || details.consentEmail();
        consentSms = Boolean.TRUE.equals(details.consentSms());
        consentVoice = Boolean.TRUE.equals(details.consentVoice());
        paymentTermsDays = details.paymentTermsDays() == null ? 30 : details.paymentTermsDays();
        if (paymentTermsDays < 0 || paymentTermsDays > 365) {
            throw new InvalidInput("paymentTermsDays", "paymentTermsDays must be between 0 and 365");
        }
        postalAddress = postalAddress(details.postalAddress(), country);
        updatedAt = now;
    }

    /** The address as the post needs it: one to four street lines, a city, a known country (the customer's by default). */
    private static PostalAddress postalAddress(PostalAddress address, String customerCountry) {
        if (address == null) {
            return null;
        }
        List<String> lines = address.lines() == null ? List.of() : address.lines().stream().map(l -> l == null ? "" : l.strip()).toList();
        if (lines.isEmpty() || lines.size() > 4) {
            throw new InvalidInput("postalAddress.lines", "a postal address has one to four street lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty() || lines.get(i).length() > 100) {
                throw new InvalidInput("postalAddress.lines[" + i + "]", "a street line has 1 to 100 characters");
            }
        }
        String city = address.city() == null ? "" : address.city().strip();
        if (city.isEmpty() || city.length() > 100) {
            throw new InvalidInput("postalAddress.city", "a postal address names its city (1 to 100 characters)");
        }
        String postalCode = blankToNull(address.postalCode());
        if (postalCode != null && postalCode.length() > 16) {
            throw new InvalidInput("postalAddress.postalCode", "a postal code has at most 16 characters");
        }
        String region = blankToNull(address.region());
        if (region != null && region.length() > 100) {
            throw new InvalidInput("postalAddress.region", "a region has at most 100 characters");
        }
        String country = address.country() == null ? customerCountry : address.country();
        if (!COUNTRIES.contains(country)) {
            throw new InvalidInput("postalAddress.country", "'" + country + "' is not an ISO 3166-1 alpha-2 country code");
        }
        return new PostalAddress(lines, postalCode, city, region, country);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Composite identity: customer ids are the ERP's and unique within a tenant only. */
    public record Key(String tenantId, String id) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
