package dev.arrears.invoice.domain;

import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;

import java.util.List;

/**
 * Customer master data as the ERP sends it. Absent optional fields take defaults: the ERP reference is the
 * customer's id, language {@code en}, time zone {@code UTC}, email consent on (a contractual channel), SMS and voice
 * off until consented, 30 days payment terms, no postal address (letters cannot be mailed until one arrives), the
 * address's country the customer's.
 */
public record CustomerDetails(String erpReference, String legalName, List<String> emails, List<String> phones,
                              String language, String timeZone, String country, String industry, String size,
                              List<String> tags, String riskClass, Boolean consentEmail, Boolean consentSms,
                              Boolean consentVoice, Integer paymentTermsDays, PostalAddress postalAddress) {
}
