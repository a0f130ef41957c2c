package dev.arrears.dunning.domain.schedule;

import static dev.arrears.dunning.domain.schedule.HolidayRule.easter;
import static dev.arrears.dunning.domain.schedule.HolidayRule.fixed;
import static dev.arrears.dunning.domain.schedule.HolidayRule.lastWeekday;
import static dev.arrears.dunning.domain.schedule.HolidayRule.nthWeekday;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in nationwide public holidays per ISO 3166 country code, as the law stands today. */
final class NationalHolidays {

    private static final HolidayRule NEW_YEAR = fixed(JANUARY, 1);
    private static final HolidayRule EPIPHANY = fixed(JANUARY, 6);
    private static final HolidayRule GOOD_FRIDAY = easter(-2);
    private static final HolidayRule EASTER_MONDAY = easter(1);
    private static final HolidayRule LABOUR_DAY = fixed(MAY, 1);
    private static final HolidayRule ASCENSION = easter(39);
    private static final HolidayRule WHIT_MONDAY = easter(50);
    private static final HolidayRule CORPUS_CHRISTI = easter(60);
    private static final HolidayRule ASSUMPTION = fixed(AUGUST, 15);
    private static final HolidayRule ALL_SAINTS = fixed(NOVEMBER, 1);
    private static final HolidayRule IMMACULATE_CONCEPTION = fixed(DECEMBER, 8);
    private static final HolidayRule CHRISTMAS = fixed(DECEMBER, 25);
    private static final HolidayRule SECOND_CHRISTMAS_DAY = fixed(DECEMBER, 26);

    /** Koningsdag is 27 April, moved to the Saturday before when the 27th is a Sunday. */
    private static final HolidayRule KINGS_DAY = year -> {
        LocalDate birthday = LocalDate.of(year, APRIL, 27);
        return birthday.getDayOfWeek() == SUNDAY ? birthday.minusDays(1) : birthday;
    };

    // Regional holidays (German Länder, Spanish communities, Swiss cantons, Alsace-Moselle, Scotland) and one-off ones
    // (jubilees, moved bank holidays) vary by customer or year, so tenants add them as extra holidays. Dunning looks
    // ahead, so the rules are today's law and not right for the past: Juneteenth is applied before 2021 too.
    private static final Map<String, HolidayTable> TABLES = Map.of(
            "DE", new HolidayTable(List.of(
                    NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_MONDAY,
                    fixed(OCTOBER, 3), CHRISTMAS, SECOND_CHRISTMAS_DAY),
                    WeekendShift.NONE),
            // Whit Monday stays a public holiday although employers may make it the "journée de solidarité".
            "FR", new HolidayTable(List.of(
                    NEW_YEAR, EASTER_MONDAY, LABOUR_DAY, fixed(MAY, 8), ASCENSION, WHIT_MONDAY,
                    fixed(JULY, 14), ASSUMPTION, ALL_SAINTS, fixed(NOVEMBER, 11), CHRISTMAS),
                    WeekendShift.NONE),
            // Only the holidays common to all communities; Holy Thursday and Easter Monday are regional.
            "ES", new HolidayTable(List.of(
                    NEW_YEAR, EPIPHANY, GOOD_FRIDAY, LABOUR_DAY, ASSUMPTION, fixed(OCTOBER, 12),
                    ALL_SAINTS, fixed(DECEMBER, 6), IMMACULATE_CONCEPTION, CHRISTMAS),
                    WeekendShift.NONE),
            // England and Wales; Scotland and Northern Ireland have other bank holidays.
            "GB", new HolidayTable(List.of(
                    NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, nthWeekday(1, MONDAY, MAY), lastWeekday(MONDAY, MAY),
                    lastWeekday(MONDAY, AUGUST), CHRISTMAS, SECOND_CHRISTMAS_DAY),
                    WeekendShift.NEXT_FREE_WEEKDAY),
            // Federal holidays (5 U.S.C. 6103); Inauguration Day only concerns the Washington area.
            "US", new HolidayTable(List.of(
                    NEW_YEAR, nthWeekday(3, MONDAY, JANUARY), nthWeekday(3, MONDAY, FEBRUARY),
                    lastWeekday(MONDAY, MAY), fixed(JUNE, 19), fixed(JULY, 4), nthWeekday(1, MONDAY, SEPTEMBER),
                    nthWeekday(2, MONDAY, OCTOBER), fixed(NOVEMBER, 11), nthWeekday(4, THURSDAY, NOVEMBER), CHRISTMAS),
                    WeekendShift.FRIDAY_BEFORE_OR_MONDAY_AFTER),
            // Algemene termijnenwet art. 3, which also governs legal payment deadlines: the recognised holidays of
            // lid 1, Liberation Day (5 May) included, and Good Friday, which lid 2 treats alike. Many employers work on
            // both; the bridge days set by royal decree every few years are left to tenants.
            "NL", new HolidayTable(List.of(
                    NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, KINGS_DAY, fixed(MAY, 5), ASCENSION, WHIT_MONDAY,
                    CHRISTMAS, SECOND_CHRISTMAS_DAY),
                    WeekendShift.NONE),
            // Good Friday has not been a public holiday since 2019.
            "AT", new HolidayTable(List.of(
                    NEW_YEAR, EPIPHANY, EASTER_MONDAY, LABOUR_DAY, ASCENSION, WHIT_MONDAY, CORPUS_CHRISTI,
                    ASSUMPTION, fixed(OCTOBER, 26), ALL_SAINTS, IMMACULATE_CONCEPTION, CHRISTMAS, SECOND_CHRISTMAS_DAY),
                    WeekendShift.NONE),
            // Only the days every canton keeps; Good Friday, Easter/Whit Monday and 26 December are cantonal.
            "CH", new HolidayTable(List.of(
                    NEW_YEAR, ASCENSION, fixed(AUGUST, 1), CHRISTMAS),
                    WeekendShift.NONE));

    private NationalHolidays() {
    }

    static Optional<HolidayTable> of(String countryCode) {
        return Optional.ofNullable(TABLES.get(countryCode));
    }
}
