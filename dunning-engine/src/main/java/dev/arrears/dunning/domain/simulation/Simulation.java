package dev.arrears.dunning.domain.simulation;

import dev.arrears.dunning.domain.fee.FeeCalculator;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.run.CustomerRun;
import dev.arrears.dunning.domain.run.Debtor;
import dev.arrears.dunning.domain.run.LateFeeAssessor;
import dev.arrears.dunning.domain.run.RunItem;
import dev.arrears.dunning.domain.run.RunResult;
import dev.arrears.dunning.domain.run.RunSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What-if: replays one customer's items under a policy and answers the events the engine would have emitted, and
 * when, without storing or sending anything. Pure, like the {@link CustomerRun} it calls: no clock, no I/O.
 *
 * <p>Time moves as the engine's schedule would move it: the customer is evaluated at the earliest instant any item is
 * due for evaluation, and at the start of every day an item's balance changes or a pause begins or is lifted, because
 * the engine looks at a customer again as soon as a fact about them changes (so a payment between two steps cancels the
 * later one). Between runs the engine's stored state is kept in memory ({@link EngineMemory}).
 */
public final class Simulation {

    /**
     * How many evaluations one replay may take. A customer is evaluated at a few instants a day at most (the start of a
     * day a fact changes, the opening of the send window, the instant the contact cap frees a contact), so even a
     * policy that repeats daily needs a few thousand over the two years the API allows. Reaching this bound means time
     * stopped moving forward, which would be a bug.
     */
    public static final int MAX_EVALUATIONS = 10_000;

    private final RunSettings settings;
    private final FeeCalculator fees;

    public Simulation(RunSettings settings, FeeCalculator fees) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fees = Objects.requireNonNull(fees, "fees");
    }

    /**
     * @param items all of the customer's items, each dunned under {@code policy} from its issue date on
     * @param from the first day replayed, in the customer's zone
     * @param to the last day replayed, included
     * @return the events in the order the engine would emit them
     * @throws IllegalStateException after {@link #MAX_EVALUATIONS} evaluations
     */
    public List<TimelineEntry> run(Debtor debtor, DunningPolicy policy, List<SimulatedItem> items, LocalDate from, LocalDate to) {
        ZoneId zone = debtor.zone();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        NavigableSet<Instant> changes = items.stream().flatMap(SimulatedItem::changeDays)
                .map(day -> day.atStartOfDay(zone).toInstant()).collect(Collectors.toCollection(TreeSet::new));
        EngineMemory memory = new EngineMemory();
        List<TimelineEntry> timeline = new ArrayList<>();
        Instant now = from.atStartOfDay(zone).toInstant();
        for (int evaluations = 0; now != null && now.isBefore(end); evaluations++) {
            if (evaluations == MAX_EVALUATIONS) {
                throw new IllegalStateException("the what-if did not reach " + to + " within " + MAX_EVALUATIONS + " evaluations");
            }
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<RunItem> known = new ArrayList<>();
            for (SimulatedItem item : items) {
                if (item.issuedBy(today)) {
                    known.add(memory.runItem(item, policy, today));
                }
            }
            // Which items brought a run about only decides which evidence it keeps, and a what-if keeps none.
            RunResult result = new CustomerRun(settings, new LateFeeAssessor(fees, memory.feeStates(items)))
                    .evaluate(debtor, known, known.stream().map(RunItem::key).collect(Collectors.toSet()), memory.contacts(), now);
            memory.remember(result);
            for (RunResult.Emission emission : result.emissions()) {
                timeline.add(TimelineEntry.of(now, today, emission.event()));
            }
            now = earliest(memory.nextEvaluation().orElse(null), changes.higher(now));
        }
        return timeline;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
