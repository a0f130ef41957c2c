package dev.arrears.dunning.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How the open amount of one item moved: from each change point's {@code effectiveFrom} on, until the next, the item
 * had that open amount. Before the first change point nothing was open. Interest is charged on these amounts, so for
 * an item with a disputed part the history should hold the dunnable amounts.
 *
 * @param changes in any order; sorted here
 */
public record BalanceHistory(List<Change> changes) {

    /** From {@code effectiveFrom} on, {@code openAmount} was open; a payment is a change to the remainder. */
    public record Change(LocalDate effectiveFrom, BigDecimal openAmount) {

        public Change {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(openAmount, "openAmount");
        }
    }

    /** Days {@code from} (inclusive) to {@code to} (exclusive) with one open amount. */
    record Span(LocalDate from, LocalDate to, BigDecimal openAmount) {
    }

    /** @throws IllegalArgumentException if two change points fall on the same day */
    public BalanceHistory {
        changes = (changes == null ? List.<Change>of() : changes).stream().sorted(Comparator.comparing(Change::effectiveFrom)).toList();
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).effectiveFrom().equals(changes.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two open amounts from " + changes.get(i).effectiveFrom());
            }
        }
    }

    /** An item with one open amount since {@code effectiveFrom}, e.g. its issue date. */
    public static BalanceHistory of(LocalDate effectiveFrom, BigDecimal openAmount) {
        return new BalanceHistory(List.of(new Change(effectiveFrom, openAmount)));
    }

    /** This history with one more change point, e.g. the remainder after a payment. */
    public BalanceHistory changedOn(LocalDate effectiveFrom, BigDecimal openAmount) {
        List<Change> more = new ArrayList<>(changes);
        more.add(new Change(effectiveFrom, openAmount));
        return new BalanceHistory(more);
    }

    /** The open amount on a day; zero before the first change point. */
    public BigDecimal openOn(LocalDate date) {
        BigDecimal open = BigDecimal.ZERO;
        for (Change change : changes) {
            if (change.effectiveFrom().isAfter(date)) {
                break;
            }
            open = change.openAmount();
        }
        return open;
    }

    /** The days {@code from} (inclusive) to {@code to} (exclusive) split where the open amount changes, in order. */
    List<Span> spans(LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        LocalDate start = from;
        BigDecimal open = openOn(from);
        for (Change change : changes) {
            LocalDate day = change.effectiveFrom();
            if (day.isAfter(from) && day.isBefore(to) && change.openAmount().compareTo(open) != 0) {
                spans.add(new Span(start, day, open));
                start = day;
                open = change.openAmount();
            }
        }
        if (start.isBefore(to)) {
            spans.add(new Span(start, to, open));
        }
        return spans;
    }
}
