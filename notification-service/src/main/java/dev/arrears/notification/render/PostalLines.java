package dev.arrears.notification.render;

import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A postal address as the lines of an envelope window, in the destination country's order: the street lines, then
 * the locality line as its post sorts by it ({@code 10115 Berlin}, {@code Springfield, IL 62701}, {@code LONDON} over
 * {@code EC1A 1AA}), and for a letter abroad the country's name in capitals, last, as the UPU asks (in English, which
 * every post reads).
 */
public final class PostalLines {

    /** The city line, then the postcode on a line of its own. */
    private static final Set<String> POSTCODE_BELOW = Set.of("GB", "IE", "IM", "JE", "GG");
    /** City, region and postcode on one line. */
    private static final Set<String> CITY_REGION_POSTCODE = Set.of("US", "CA", "AU");

    private PostalLines() {
    }

    /**
     * @param homeCountry the country letters are posted from, or {@code null} when unknown (then the country is named
     *         only when it differs from the customer's own: a letter always reaches a customer at home without it)
     * @return no lines without an address
     */
    public static List<String> of(PostalAddress address, String homeCountry) {
        if (address == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(address.lines());
        String country = address.country() == null ? "" : address.country().toUpperCase(Locale.ROOT);
        String code = address.postalCode() == null ? "" : address.postalCode().strip();
        String region = address.region() == null ? "" : address.region().strip();
        if (POSTCODE_BELOW.contains(country)) {
            lines.add(address.city().toUpperCase(Locale.UK));
            if (!code.isEmpty()) {
                lines.add(code);
            }
        } else if (CITY_REGION_POSTCODE.contains(country)) {
            lines.add((address.city() + (region.isEmpty() ? "" : ", " + region) + (code.isEmpty() ? "" : " " + code)).strip());
        } else {
            lines.add((code.isEmpty() ? "" : code + " ") + address.city());
        }
        if (!country.isEmpty() && homeCountry != null && !country.equalsIgnoreCase(homeCountry)) {
            lines.add(new Locale("", country).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ENGLISH));
        }
        return List.copyOf(lines);
    }
}
