package dev.arrears.dunning.domain.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** One country's public holiday rules and weekend practice, resolved into dates year by year. */
final class HolidayTable {

    static final HolidayTable NONE = new HolidayTable(List.of(), WeekendShift.NONE);

    private final List<HolidayRule> rules;
    private final WeekendShift weekendShift;
    private final Map<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

    HolidayTable(List<HolidayRule> rules, WeekendShift weekendShift) {
        this.rules = List.copyOf(rules);
        this.weekendShift = weekendShift;
    }

    boolean contains(LocalDate date) {
        return datesIn(date.getYear()).contains(date);
    }

    /** Every day off in the given calendar year, observed and substitute days included. */
    Set<LocalDate> datesIn(int year) {
        return datesByYear.computeIfAbsent(year, this::resolve);
    }

    private Set<LocalDate> resolve(int year) {
        // A shift can cross New Year (US: Saturday 1 Jan is observed on 31 Dec), so the neighbouring years count too.
        return IntStream.rangeClosed(year - 1, year + 1)
                .mapToObj(this::shiftedHolidaysOf)
                .flatMap(Set::stream)
                .filter(date -> date.getYear() == year)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Set<LocalDate> shiftedHolidaysOf(int ruleYear) {
        return weekendShift.apply(rules.stream().map(rule -> rule.dateIn(ruleYear)).toList());
    }
}
