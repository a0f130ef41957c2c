package dev.arrears.dunning.domain.simulation;

import dev.arrears.dunning.domain.fee.BalanceHistory;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.run.ItemKey;
import dev.arrears.dunning.domain.run.Pause;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One item as a what-if replays it: its facts, how its open amount moved and when it was paused. The engine reads
 * an item's facts as they are now; a replay reads them as they were on each day.
 *
 * @param template the item's facts; its open amount and closed flag are replaced, day by day, by the history's
 * @param history the open amount over time, from the issue date on
 * @param pauses by precedence: on a day several are in force, the first one listed applies
 */
public record SimulatedItem(ItemFacts template, BalanceHistory history, List<PausePeriod> pauses) {

    public SimulatedItem {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(history, "history");
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }

    public ItemKey key() {
        return new ItemKey(template.invoiceId(), template.installmentNumber());
    }

    /** Whether the engine knew the item on that day: not before its invoice was issued. */
    boolean issuedBy(LocalDate day) {
        return !template.issueDate().isAfter(day);
    }

    /** The facts on that day: open what the history says, closed once nothing is. */
    ItemFacts factsOn(LocalDate day) {
        BigDecimal open = history.openOn(day);
        ItemFacts f = template;
        return new ItemFacts(f.tenantId(), f.customerId(), f.invoiceId(), f.invoiceNumber(), f.installmentNumber(), f.issueDate(),
                f.dueDate(), f.currency(), open, f.disputedAmount(), f.pausedUntil(), open.signum() <= 0, f.installments());
    }

    /** The pause in force on that day, or {@code null}. */
    Pause pauseOn(LocalDate day) {
        return pauses.stream().filter(p -> p.inForceOn(day)).map(PausePeriod::pause).findFirst().orElse(null);
    }

    /** The days a fact about the item changes: the engine looks at the customer again on each. */
    Stream<LocalDate> changeDays() {
        Stream<LocalDate> pauseChanges = pauses.stream().flatMap(p -> Stream.of(p.from(), p.releasedOn())).filter(Objects::nonNull);
        return Stream.concat(history.changes().stream().map(BalanceHistory.Change::effectiveFrom), pauseChanges);
    }
}
