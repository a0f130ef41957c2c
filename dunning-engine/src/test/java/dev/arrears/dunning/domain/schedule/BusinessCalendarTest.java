package dev.arrears.dunning.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

    @ParameterizedTest(name = "{0} {1} is a holiday ({2})")
    @CsvSource({
            // Germany, national holidays
            "DE, 2026-01-01, New Year",
            "DE, 2026-04-03, Good Friday",
            "DE, 2026-04-06, Easter Monday",
            "DE, 2026-05-01, Labour Day",
            "DE, 2026-05-14, Ascension",
            "DE, 2026-05-25, Whit Monday",
            "DE, 2026-12-25, Christmas",
            "DE, 2027-01-01, New Year",
            "DE, 2027-03-26, Good Friday",
            "DE, 2027-03-29, Easter Monday",
            "DE, 2027-05-06, Ascension",
            "DE, 2027-05-17, Whit Monday",
            "DE, 2026-10-03, German Unity Day (a Saturday)",
            // France
            "FR, 2026-04-06, Easter Monday",
            "FR, 2026-05-08, Victory in Europe Day",
            "FR, 2026-05-14, Ascension",
            "FR, 2026-05-25, Whit Monday",
            "FR, 2026-07-14, Bastille Day",
            "FR, 2026-11-11, Armistice",
            "FR, 2027-03-29, Easter Monday",
            "FR, 2027-05-06, Ascension",
            "FR, 2027-11-01, All Saints",
            // Spain, nationwide
            "ES, 2026-01-06, Epiphany",
            "ES, 2026-04-03, Good Friday",
            "ES, 2026-10-12, National Day",
            "ES, 2026-12-08, Immaculate Conception",
            "ES, 2027-03-26, Good Friday",
            "ES, 2027-12-06, Constitution Day",
            // England and Wales
            "GB, 2026-04-03, Good Friday",
            "GB, 2026-04-06, Easter Monday",
            "GB, 2026-05-04, Early May bank holiday",
            "GB, 2026-05-25, Spring bank holiday",
            "GB, 2026-08-31, Summer bank holiday",
            "GB, 2026-12-25, Christmas",
            "GB, 2026-12-28, Boxing Day substitute (26th is a Saturday)",
            "GB, 2027-05-31, Spring bank holiday",
            "GB, 2027-08-30, Summer bank holiday",
            "GB, 2027-12-27, Christmas substitute (25th is a Saturday)",
            "GB, 2027-12-28, Boxing Day substitute (26th is a Sunday)",
            "GB, 2022-12-27, Christmas substitute (25th a Sunday and Boxing Day on the Monday)",
            "GB, 2028-01-03, New Year substitute (1st is a Saturday)",
            // US federal
            "US, 2026-01-19, Martin Luther King Jr. Day",
            "US, 2026-02-16, Presidents Day",
            "US, 2026-05-25, Memorial Day",
            "US, 2026-06-19, Juneteenth",
            "US, 2026-07-03, Independence Day observed (4th is a Saturday)",
            "US, 2026-09-07, Labor Day",
            "US, 2026-10-12, Columbus Day",
            "US, 2026-11-11, Veterans Day",
            "US, 2026-11-26, Thanksgiving",
            "US, 2026-12-25, Christmas",
            "US, 2027-01-18, Martin Luther King Jr. Day",
            "US, 2027-06-18, Juneteenth observed (19th is a Saturday)",
            "US, 2027-07-05, Independence Day observed (4th is a Sunday)",
            "US, 2027-11-25, Thanksgiving",
            "US, 2027-12-24, Christmas observed (25th is a Saturday)",
            "US, 2027-12-31, New Year 2028 observed (1 January 2028 is a Saturday)",
            // Netherlands
            "NL, 2026-04-03, Good Friday (Algemene termijnenwet art. 3 lid 2)",
            "NL, 2026-04-06, Easter Monday",
            "NL, 2026-04-27, King's Day",
            "NL, 2026-05-05, Liberation Day",
            "NL, 2026-05-14, Ascension",
            "NL, 2026-12-26, Second Christmas Day",
            "NL, 2025-04-26, King's Day moved to Saturday (27th is a Sunday)",
            // Austria
            "AT, 2026-01-06, Epiphany",
            "AT, 2026-06-04, Corpus Christi",
            "AT, 2026-10-26, National Day",
            "AT, 2026-12-08, Immaculate Conception",
            "AT, 2027-05-27, Corpus Christi",
            // Switzerland, nationwide
            "CH, 2026-01-01, New Year",
            "CH, 2026-05-14, Ascension",
            "CH, 2025-08-01, National Day",
            "CH, 2027-05-06, Ascension",
    })
    void knowsPublicHolidays(String country, LocalDate date, String holiday) {
        BusinessCalendar calendar = BusinessCalendar.forCountry(country);

        assertThat(calendar.isHoliday(date)).isTrue();
        assertThat(calendar.isBusinessDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} is a business day ({2})")
    @CsvSource({
            "DE, 2026-12-31, New Year's Eve is no public holiday",
            "DE, 2026-06-04, Corpus Christi is only regional in Germany",
            "FR, 2026-04-03, Good Friday is only kept in Alsace-Moselle",
            "ES, 2026-04-06, Easter Monday is only regional in Spain",
            "ES, 2026-04-02, Holy Thursday is only regional in Spain",
            "GB, 2026-12-29, the day after the substitute Boxing Day",
            "GB, 2026-12-24, Christmas Eve",
            "US, 2026-04-03, Good Friday is no federal holiday",
            "US, 2026-07-06, the Monday after the Saturday Independence Day (observed on Friday)",
            "US, 2026-11-27, the day after Thanksgiving",
            "NL, 2026-05-15, the Friday after Ascension is only a bridge day by decree",
            "AT, 2026-04-03, Good Friday stopped being a holiday in 2019",
            "CH, 2026-04-06, Easter Monday is cantonal",
            "CH, 2026-12-28, a Monday after Christmas",
            "DE, 2026-03-31, month end on a Tuesday",
            "DE, 2026-09-30, month end on a Wednesday",
            "US, 2026-12-31, New Year 2027 is a Friday and needs no observed day",
            "SA, 2026-01-04, Sunday is a working day with a Friday/Saturday weekend",
            "IL, 2026-01-04, Sunday is a working day with a Friday/Saturday weekend",
            "AE, 2026-01-02, Friday is a working day in the UAE since 2022",
    })
    void treatsOrdinaryWeekdaysAsBusinessDays(String country, LocalDate date, String why) {
        assertThat(BusinessCalendar.forCountry(country).isBusinessDay(date)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} is weekend")
    @CsvSource({
            "DE, 2026-01-03", // Saturday
            "DE, 2026-01-04", // Sunday
            "US, 2026-02-28", // Saturday month end
            "SA, 2026-01-02", // Friday
            "SA, 2026-01-03", // Saturday
            "IL, 2026-01-02", // Friday
            "AE, 2026-01-03", // Saturday: the UAE weekend is Saturday/Sunday since 2022
            "AE, 2026-01-04", // Sunday
    })
    void knowsWeekends(String country, LocalDate date) {
        BusinessCalendar calendar = BusinessCalendar.forCountry(country);

        assertThat(calendar.isBusinessDay(date)).isFalse();
        assertThat(calendar.isHoliday(date)).isFalse();
    }

    @ParameterizedTest(name = "{0}: next business day on or after {1} is {2}")
    @CsvSource({
            "DE, 2026-12-31, 2026-12-31", // already a business day
            "DE, 2027-01-01, 2027-01-04", // New Year on Friday, then the weekend
            "DE, 2026-12-25, 2026-12-28", // Christmas Friday, Boxing Day Saturday
            "DE, 2026-04-03, 2026-04-07", // Good Friday through Easter Monday
            "DE, 2026-05-30, 2026-06-01", // weekend at a month end
            "DE, 2026-10-31, 2026-11-02", // Saturday month end
            "GB, 2026-12-25, 2026-12-29", // Christmas, weekend, substitute Boxing Day
            "GB, 2027-12-25, 2027-12-29", // Saturday Christmas, Sunday Boxing Day, two substitutes
            "US, 2026-07-03, 2026-07-06", // observed Independence Day, then the weekend
            "US, 2027-12-24, 2027-12-27", // observed Christmas on Friday
            "US, 2027-12-31, 2028-01-03", // observed New Year 2028 on Friday 31 December
            "FR, 2026-05-14, 2026-05-15", // Ascension Thursday, the Friday is a business day
            "SA, 2026-01-02, 2026-01-04", // Friday/Saturday weekend: Sunday is the next business day
            "XX, 2026-12-25, 2026-12-25", // unknown country: weekends only
            "XX, 2026-12-26, 2026-12-28",
    })
    void findsNextBusinessDay(String country, LocalDate onOrAfter, LocalDate expected) {
        assertThat(BusinessCalendar.forCountry(country).nextBusinessDay(onOrAfter)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} plus {2} business days is {3}")
    @CsvSource({
            "DE, 2026-12-31, 1, 2027-01-04",  // year end
            "DE, 2026-12-23, 2, 2026-12-28",  // over Christmas
            "DE, 2026-12-23, 3, 2026-12-29",
            "DE, 2026-04-02, 1, 2026-04-07",  // over Easter
            "DE, 2026-01-30, 1, 2026-02-02",  // Friday month end into the next month
            "DE, 2026-01-03, 1, 2026-01-05",  // from a Saturday
            "DE, 2026-01-03, 0, 2026-01-05",  // zero rolls a non-business day forward
            "DE, 2026-01-05, 0, 2026-01-05",
            "DE, 2026-01-05, 10, 2026-01-19",
            "DE, 2026-01-05, -1, 2026-01-02",
            "DE, 2026-01-03, -1, 2026-01-02", // backwards from a Saturday
            "DE, 2027-01-04, -1, 2026-12-31", // backwards over New Year
            "DE, 2026-04-07, -1, 2026-04-02", // backwards over Easter
            "GB, 2026-12-24, 1, 2026-12-29",
            "US, 2026-11-25, 1, 2026-11-27",  // over Thanksgiving
            "US, 2026-07-02, 1, 2026-07-06",  // over observed Independence Day
            "CH, 2026-05-13, 1, 2026-05-15",  // over Ascension
            "IL, 2026-01-01, 1, 2026-01-04",  // Thursday plus one in Israel is Sunday
    })
    void addsBusinessDays(String country, LocalDate date, int businessDays, LocalDate expected) {
        assertThat(BusinessCalendar.forCountry(country).addBusinessDays(date, businessDays)).isEqualTo(expected);
    }

    @Test
    void unknownCountryHasWeekendsOnly() {
        BusinessCalendar calendar = BusinessCalendar.forCountry("NZ");

        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(calendar.weekend()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void countryCodesAreCaseInsensitiveAndUkMeansGreatBritain() {
        LocalDate substituteBoxingDay = LocalDate.of(2026, 12, 28);

        assertThat(BusinessCalendar.forCountry(" de ").isBusinessDay(LocalDate.of(2026, 5, 14))).isFalse();
        assertThat(BusinessCalendar.forCountry("uk").isBusinessDay(substituteBoxingDay)).isFalse();
        assertThat(BusinessCalendar.forCountry("GB").isBusinessDay(substituteBoxingDay)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEU", "Germany", "", "D1"})
    void rejectsWhatIsNotAnAlpha2Code(String code) {
        assertThatThrownBy(() -> BusinessCalendar.forCountry(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 3166-1 alpha-2");
    }

    @Test
    void tenantHolidaysAddToThePublicOnes() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        LocalDate companyDay = LocalDate.of(2026, 6, 12);
        BusinessCalendar base = BusinessCalendar.forCountry("DE");

        BusinessCalendar calendar = base.withExtraHolidays(Set.of(newYearsEve)).withExtraHolidays(Set.of(companyDay));

        assertThat(calendar.isBusinessDay(newYearsEve)).isFalse();
        assertThat(calendar.isBusinessDay(companyDay)).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 14))).isFalse();
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(base.isBusinessDay(newYearsEve)).as("the original calendar is unchanged").isTrue();
    }

    @Test
    void customCalendarUsesOnlyWhatItIsGiven() {
        BusinessCalendar calendar = BusinessCalendar.custom(Set.of(DayOfWeek.SUNDAY), Set.of(LocalDate.of(2026, 1, 1)));

        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 1, 3))).as("Saturday").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 1, 4))).as("Sunday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
    }

    @Test
    void rejectsAWeekendWithoutBusinessDays() {
        assertThatThrownBy(() -> BusinessCalendar.custom(Set.of(DayOfWeek.values()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countriesWithoutWeekendShiftHaveOneDatePerRuleEveryYear() {
        // Guards against a rule that yields a date in the wrong year or collides with another one.
        for (int year = 2020; year <= 2040; year++) {
            assertThat(NationalHolidays.of("DE").orElseThrow().datesIn(year)).as("DE %d", year).hasSize(9);
            assertThat(NationalHolidays.of("FR").orElseThrow().datesIn(year)).as("FR %d", year).hasSize(11);
            assertThat(NationalHolidays.of("ES").orElseThrow().datesIn(year)).as("ES %d", year).hasSize(10);
            assertThat(NationalHolidays.of("NL").orElseThrow().datesIn(year)).as("NL %d", year).hasSize(9);
            assertThat(NationalHolidays.of("AT").orElseThrow().datesIn(year)).as("AT %d", year).hasSize(13);
            assertThat(NationalHolidays.of("CH").orElseThrow().datesIn(year)).as("CH %d", year).hasSize(4);
        }
    }
}
