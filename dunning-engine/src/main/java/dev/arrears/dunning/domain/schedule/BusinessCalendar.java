package dev.arrears.dunning.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which dates are business days in one country: its weekend, public holidays and tenant-defined extra holidays. */
public final class BusinessCalendar {

    private static final Set<DayOfWeek> SATURDAY_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Set<DayOfWeek> FRIDAY_SATURDAY = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    // The UAE moved to a Saturday/Sunday weekend in 2022, so it keeps the default.
    private static final Map<String, Set<DayOfWeek>> WEEKENDS = Map.of(
            "SA", FRIDAY_SATURDAY,
            "IL", FRIDAY_SATURDAY);

    private final String name;
    private final Set<DayOfWeek> weekend;
    private final HolidayTable publicHolidays;
    private final Set<LocalDate> extraHolidays;

    private BusinessCalendar(String name, Set<DayOfWeek> weekend, HolidayTable publicHolidays,
                             Set<LocalDate> extraHolidays) {
        if (weekend.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("A weekend of all seven days leaves no business day at all");
        }
        this.name = name;
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(weekend);
        this.weekend = Collections.unmodifiableSet(days);
        this.publicHolidays = publicHolidays;
        this.extraHolidays = Set.copyOf(extraHolidays);
    }

    /**
     * The calendar of a country by its ISO 3166-1 alpha-2 code, case-insensitive ("UK" is read as "GB").
     *
     * <p>Built-in public holidays exist for DE, FR, ES, GB (England and Wales), US (federal), NL, AT and CH
     * (nationwide only). Any other country gets its weekend and no public holidays at all: a tenant collecting there
     * supplies them with {@link #withExtraHolidays}. The weekend is Saturday and Sunday except in SA and IL (Friday
     * and Saturday).
     *
     * @throws IllegalArgumentException if the code is not two ASCII letters, so that a name or an alpha-3 code
     *                                  cannot silently fall back to a calendar without holidays
     */
    public static BusinessCalendar forCountry(String countryCode) {
        String code = normalise(countryCode);
        return new BusinessCalendar(code,
                WEEKENDS.getOrDefault(code, SATURDAY_SUNDAY),
                NationalHolidays.of(code).orElse(HolidayTable.NONE),
                Set.of());
    }

    /** A calendar with the given weekend and holidays only, for places or policies without a built-in table. */
    public static BusinessCalendar custom(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
        return new BusinessCalendar("custom", weekend, HolidayTable.NONE, holidays);
    }

    /** This calendar with the given tenant-defined days off added to the ones it already has. */
    public BusinessCalendar withExtraHolidays(Set<LocalDate> holidays) {
        Set<LocalDate> combined = new HashSet<>(extraHolidays);
        combined.addAll(holidays);
        return new BusinessCalendar(name, weekend, publicHolidays, combined);
    }

    public boolean isBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !isHoliday(date);
    }

    /** Whether the date is a public (including observed or substitute) or extra holiday, whatever its weekday. */
    public boolean isHoliday(LocalDate date) {
        return publicHolidays.contains(date) || extraHolidays.contains(date);
    }

    /** The given date if it is a business day, otherwise the first business day after it. */
    public LocalDate nextBusinessDay(LocalDate onOrAfter) {
        // Terminates: at most six days of the week are weekend, and every year's holidays and the extra ones are finite.
        LocalDate date = onOrAfter;
        while (!isBusinessDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    /**
     * The business day that lies the given number of business days after (or, when negative, before) the date,
     * not counting the date itself: Friday plus one is Monday, Saturday plus one is Monday too, Saturday minus one is
     * Friday. Zero gives {@link #nextBusinessDay}, so the result is always a business day.
     */
    public LocalDate addBusinessDays(LocalDate date, int businessDays) {
        if (businessDays == 0) {
            return nextBusinessDay(date);
        }
        int step = businessDays > 0 ? 1 : -1;
        LocalDate result = date;
        for (long remaining = Math.abs((long) businessDays); remaining > 0; ) {
            result = result.plusDays(step);
            if (isBusinessDay(result)) {
                remaining--;
            }
        }
        return result;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", weekend=" + weekend + ", extraHolidays=" + extraHolidays.size() + "]";
    }

    private static String normalise(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        String code = countryCode.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "Expected an ISO 3166-1 alpha-2 country code such as DE or US, got '" + countryCode + "'");
        }
        return code.equals("UK") ? "GB" : code;
    }
}
