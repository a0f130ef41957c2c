package dev.arrears.notification.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One tenant's branding, resolved: the tenant's own values over the default entry's.
 *
 * @param paymentLink the link template with {@code {tenantId}} and {@code {customerId}}, or {@code null}
 * @param logoUrl footer legalText bankDetails contactEmail contactPhone each {@code null} when not configured
 * @param homeCountry ISO 3166 code of the country letters are posted from, or {@code null}
 */
public record Branding(String senderName, List<String> senderAddress, String logoUrl, String footer, String legalText,
                       String paymentLink, String bankDetails, String contactEmail, String contactPhone, String defaultLanguage,
                       int paymentDays, String homeCountry) {

    public Branding {
        senderAddress = List.copyOf(senderAddress);
    }

    /** The customer's own payment link, or {@code null} when the tenant has none. */
    public String paymentLinkFor(String tenantId, String customerId) {
        if (paymentLink == null) {
            return null;
        }
        return paymentLink.replace("{tenantId}", encode(tenantId)).replace("{customerId}", encode(customerId));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
