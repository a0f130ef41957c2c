package dev.arrears.contracts.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How notification events name an email address or phone number without spelling it out.
 *
 * <p>Addresses are personal data, and events are kept for long and copied into analytics stores, so an event carries
 * the address <em>masked</em> for people ({@code b***@mueller.de}, {@code +49*********789}) and a <em>hash</em> for
 * machines: SHA-256 over {@code tenantId \n customerId \n normalized address}, lower-case hex. A consumer that knows
 * the customer's addresses (from CustomerUpserted) computes the same hash for each and matches exactly; the same address
 * of two customers hashes differently, so events cannot be joined across customers by it. This is pseudonymisation,
 * not anonymisation (phone numbers are few enough to guess): access to the topic remains the protection.
 */
public final class NotificationAddresses {

    private NotificationAddresses() {
    }

    /** Emails compare case-insensitively in practice; numbers are E.164 already. */
    public static String normalize(String address) {
        String trimmed = address.trim();
        return trimmed.indexOf('@') >= 0 ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    /** The address for people: the first letter and the domain of an email, the first two and last three digits of a number. */
    public static String mask(String address) {
        String normalized = normalize(address);
        int at = normalized.indexOf('@');
        if (at > 0) {
            return normalized.charAt(0) + "***" + normalized.substring(at);
        }
        if (normalized.startsWith("+") && normalized.length() > 6) {
            return normalized.substring(0, 3) + "*".repeat(normalized.length() - 6) + normalized.substring(normalized.length() - 3);
        }
        // Not an address a channel sends to (a letter's "postal"): nothing personal to hide.
        return normalized;
    }

    public static String hash(String tenantId, String customerId, String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((tenantId + "\n" + customerId + "\n" + normalize(address)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
