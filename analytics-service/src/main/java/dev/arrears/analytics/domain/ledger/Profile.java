package dev.arrears.analytics.domain.ledger;

/**
 * What the analytics need of a customer's master data; every part is {@code null} until known.
 *
 * @param timeZone IANA zone that dates the customer's instants (a reversal, a reminder)
 */
public record Profile(String timeZone, String industry, String size, String riskClass) {

    public static final Profile UNKNOWN = new Profile(null, null, null, null);
}
