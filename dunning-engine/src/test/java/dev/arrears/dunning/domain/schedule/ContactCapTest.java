package dev.arrears.dunning.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContactCapTest {

    static final ContactCap THREE_PER_WEEK = ContactCap.of(3, Duration.ofDays(7));

    static Stream<Arguments> threePerSevenDays() {
        return Stream.of(
                // description, previous contacts, candidate, expected
                Arguments.of("no previous contacts", contacts(), "2026-06-04T09:00:00Z", "2026-06-04T09:00:00Z"),
                Arguments.of("two in the period leave room for a third",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T11:00:00Z"),
                        "2026-06-04T09:00:00Z", "2026-06-04T09:00:00Z"),
                Arguments.of("the 4th contact waits exactly until the 1st drops out",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T11:00:00Z", "2026-06-03T12:00:00Z"),
                        "2026-06-04T09:00:00Z", "2026-06-08T10:00:00Z"),
                Arguments.of("one second before the drop-out is still too early",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T11:00:00Z", "2026-06-03T12:00:00Z"),
                        "2026-06-08T09:59:59Z", "2026-06-08T10:00:00Z"),
                Arguments.of("at the drop-out instant the 1st no longer counts",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T11:00:00Z", "2026-06-03T12:00:00Z"),
                        "2026-06-08T10:00:00Z", "2026-06-08T10:00:00Z"),
                Arguments.of("order of the history does not matter",
                        contacts("2026-06-03T12:00:00Z", "2026-06-01T10:00:00Z", "2026-06-02T11:00:00Z"),
                        "2026-06-04T09:00:00Z", "2026-06-08T10:00:00Z"),
                Arguments.of("contacts older than the period do not count",
                        contacts("2026-05-20T10:00:00Z", "2026-05-21T10:00:00Z", "2026-05-28T08:59:59Z"),
                        "2026-06-04T09:00:00Z", "2026-06-04T09:00:00Z"),
                Arguments.of("an over-full history waits for the second oldest to drop out",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-03T10:00:00Z",
                                "2026-06-04T08:00:00Z"),
                        "2026-06-04T09:00:00Z", "2026-06-09T10:00:00Z"),
                Arguments.of("a contact at the same instant counts",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-04T09:00:00Z"),
                        "2026-06-04T09:00:00Z", "2026-06-08T10:00:00Z"),
                Arguments.of("scheduled future contacts leave room before them",
                        contacts("2026-06-10T10:00:00Z", "2026-06-11T10:00:00Z", "2026-06-12T10:00:00Z"),
                        "2026-06-04T09:00:00Z", "2026-06-04T09:00:00Z"),
                Arguments.of("three scheduled contacts within the next period push past the first of them",
                        contacts("2026-06-10T10:00:00Z", "2026-06-11T10:00:00Z", "2026-06-12T10:00:00Z"),
                        "2026-06-09T12:00:00Z", "2026-06-17T10:00:00Z"),
                Arguments.of("a contact exactly one period after the oldest does not share its period",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-08T10:00:00Z"),
                        "2026-06-03T10:00:00Z", "2026-06-03T10:00:00Z"),
                Arguments.of("past and future contacts together fill the period",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-05T10:00:00Z"),
                        "2026-06-03T10:00:00Z", "2026-06-08T10:00:00Z"),
                Arguments.of("a drop-out that lands in another full period moves on again",
                        contacts("2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-03T10:00:00Z",
                                "2026-06-08T12:00:00Z", "2026-06-09T10:00:00Z"),
                        "2026-06-04T09:00:00Z", "2026-06-10T10:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threePerSevenDays")
    void findsTheEarliestAllowedInstant(String description, List<Instant> previous, String candidate, String expected) {
        assertThat(THREE_PER_WEEK.earliestAllowed(previous, Instant.parse(candidate))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} per {1}: contacts {2}, candidate {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
            "1 | PT24H | 2026-06-01T10:00:00Z                      | 2026-06-01T10:00:00Z | 2026-06-02T10:00:00Z",
            "1 | PT24H | 2026-06-01T10:00:00Z                      | 2026-06-02T10:00:00Z | 2026-06-02T10:00:00Z",
            "2 | P1D   | 2026-06-01T10:00:00Z 2026-06-01T11:00:00Z | 2026-06-01T12:00:00Z | 2026-06-02T10:00:00Z",
            "5 | P30D  | 2026-06-01T10:00:00Z 2026-06-01T11:00:00Z | 2026-06-01T12:00:00Z | 2026-06-01T12:00:00Z",
    })
    void appliesOtherCaps(int maxContacts, Duration period, String previous, String candidate, String expected) {
        List<Instant> contacts = Arrays.stream(previous.split(" ")).map(Instant::parse).toList();

        assertThat(ContactCap.of(maxContacts, period).earliestAllowed(contacts, Instant.parse(candidate)))
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void theResultKeepsEveryPeriodWithinTheCap() {
        List<Instant> history = contacts("2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-03T10:00:00Z",
                "2026-06-08T12:00:00Z", "2026-06-09T10:00:00Z");

        Instant allowed = THREE_PER_WEEK.earliestAllowed(history, Instant.parse("2026-06-04T09:00:00Z"));

        assertThat(allowed).isEqualTo(Instant.parse("2026-06-10T10:00:00Z"));
        assertThat(keepsCap(history, allowed)).isTrue();
        assertThat(keepsCap(history, allowed.minusSeconds(1))).isFalse();
    }

    /** Three per seven days holds when any four consecutive contacts span at least seven days. */
    private static boolean keepsCap(List<Instant> history, Instant added) {
        List<Instant> all = Stream.concat(history.stream(), Stream.of(added)).sorted().toList();
        for (int i = 0; i + 3 < all.size(); i++) {
            if (Duration.between(all.get(i), all.get(i + 3)).compareTo(Duration.ofDays(7)) < 0) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "{0} per {1} is rejected")
    @CsvSource({"0, P7D", "-1, P7D", "3, PT0S", "3, -P1D"})
    void rejectsCapsThatAllowNothing(int maxContacts, Duration period) {
        assertThatThrownBy(() -> ContactCap.of(maxContacts, period)).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Instant> contacts(String... instants) {
        return Arrays.stream(instants).map(Instant::parse).toList();
    }
}
