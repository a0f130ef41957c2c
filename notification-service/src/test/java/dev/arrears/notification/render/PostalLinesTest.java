package dev.arrears.notification.render;

import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PostalLinesTest {

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of(new PostalAddress(List.of("Industriestraße 12", "Halle 3"), "12099", "Berlin", null, "DE"), "DE",
                        List.of("Industriestraße 12", "Halle 3", "12099 Berlin")),
                Arguments.of(new PostalAddress(List.of("Industriestraße 12"), "12099", "Berlin", null, "DE"), "GB",
                        List.of("Industriestraße 12", "12099 Berlin", "GERMANY")),
                Arguments.of(new PostalAddress(List.of("1 Example Street"), "EC1A 1AA", "London", null, "GB"), "GB",
                        List.of("1 Example Street", "LONDON", "EC1A 1AA")),
                Arguments.of(new PostalAddress(List.of("742 Evergreen Terrace"), "62701", "Springfield", "IL", "US"), "DE",
                        List.of("742 Evergreen Terrace", "Springfield, IL 62701", "UNITED STATES")),
                Arguments.of(new PostalAddress(List.of("12 rue de la Paix"), "75002", "Paris", null, "FR"), null,
                        List.of("12 rue de la Paix", "75002 Paris")),
                Arguments.of(new PostalAddress(List.of("Main Street 4"), null, "Dublin 2", null, "IE"), "IE",
                        List.of("Main Street 4", "DUBLIN 2")));
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void linesInTheDestinationPostsOrderWithTheCountryOnlyForALetterAbroad(PostalAddress address, String home, List<String> lines) {
        assertThat(PostalLines.of(address, home)).containsExactlyElementsOf(lines);
    }

    @Test
    void noAddressNoLines() {
        assertThat(PostalLines.of(null, "DE")).isEmpty();
    }
}
