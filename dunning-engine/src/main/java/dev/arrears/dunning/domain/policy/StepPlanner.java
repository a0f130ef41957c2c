package dev.arrears.dunning.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, from facts alone, what the dunning ladder asks for an item on a given day. Pure and
 * deterministic: the same facts, policy, executed steps and day always give the same decision, so the
 * state can be recomputed from the event history at any time and a replay emits nothing new.
 *
 * <p>When several steps have come due at once (an item that arrives already late, or one whose pause just
 * ended), only the highest is executed and the ones it overtook are reported as skipped: a customer
 * never receives three reminders on one day.
 */
public final class StepPlanner {

    /** Steps further back than this many repetitions are not computed; an endless tail is bounded by time. */
    private static final int MAX_REPETITIONS = 1000;

    private StepPlanner() {
    }

    /**
     * @param executed indexes of the steps already executed for this item under this policy version
     * @param riskClass the customer's risk class, or {@code null}
     * @param daysSinceLastContact days since the customer was last contacted, or {@code null} if never
     */
    public static Decision decide(ItemFacts item, DunningPolicy policy, Set<Integer> executed, String riskClass,
                                  Integer daysSinceLastContact, LocalDate today) {
        return decide(item, policy, executed, riskClass, daysSinceLastContact, today, false);
    }

    /**
     * As {@link #decide(ItemFacts, DunningPolicy, Set, String, Integer, LocalDate)}; with {@code escalate} (a promise
     * to pay was just broken) the next step is executed today even if its date has not come.
     */
    public static Decision decide(ItemFacts item, DunningPolicy policy, Set<Integer> executed, String riskClass,
                                  Integer daysSinceLastContact, LocalDate today, boolean escalate) {
        int level = executed.isEmpty() ? 0 : executed.stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
        if (item.closed() || item.openAmount().signum() <= 0) {
            return Decision.done(level, "settled");
        }
        if (item.dunnableAmount().signum() <= 0) {
            return Decision.done(level, "the whole open amount is disputed");
        }
        if (item.pausedUntil() != null && !today.isAfter(item.pausedUntil())) {
            return new Decision(Decision.Kind.PAUSED, null, -1, level, item.pausedUntil().plusDays(1), List.of(),
                    "paused until " + item.pausedUntil());
        }
        int highestDue = -1;
        List<Integer> dueNotExecuted = new ArrayList<>();
        for (int index = 0; index < stepCount(policy); index++) {
            LocalDate date = dateOf(policy, index, item);
            if (date.isAfter(today)) {
                break;
            }
            highestDue = index;
            if (!executed.contains(index)) {
                dueNotExecuted.add(index);
            }
        }
        int next = highestDue + 1;
        LocalDate nextDate = next < stepCount(policy) ? dateOf(policy, next, item) : null;
        if (highestDue < 0 || !dueNotExecuted.contains(highestDue) || highestDue < level - 1) {
            int escalateTo = Math.max(level, highestDue + 1);
            if (escalate && escalateTo < stepCount(policy)) {
                LocalDate after = escalateTo + 1 < stepCount(policy) ? dateOf(policy, escalateTo + 1, item) : null;
                return new Decision(Decision.Kind.DUE, stepAt(policy, escalateTo), escalateTo, escalateTo + 1, after, List.of(),
                        "step " + stepAt(policy, escalateTo).name() + " brought forward: a promise to pay was broken");
            }
            return nextDate == null
                    ? Decision.done(level, "the ladder is exhausted")
                    : new Decision(Decision.Kind.WAITING, null, -1, level, nextDate, List.of(), "next step on " + nextDate);
        }
        int current = highestDue;
        PolicyStep step = stepAt(policy, current);
        List<Integer> skipped = dueNotExecuted.stream().filter(i -> i < current && i >= level).toList();
        if (!step.conditions().allow(item.dunnableAmount(), item.currency(), riskClass, daysSinceLastContact)) {
            return new Decision(Decision.Kind.WAITING, null, highestDue, level, nextDate, skipped,
                    "step " + step.name() + " does not apply (conditions)");
        }
        return new Decision(Decision.Kind.DUE, step, highestDue, highestDue + 1, nextDate, skipped,
                "step " + step.name() + " is due since " + dateOf(policy, highestDue, item));
    }

    private static int stepCount(DunningPolicy policy) {
        return policy.repeatLastEveryDays() == null ? policy.steps().size() : policy.steps().size() + MAX_REPETITIONS;
    }

    /** The step at an index; past the ladder's end, an endless policy's last step again. */
    private static PolicyStep stepAt(DunningPolicy policy, int index) {
        return policy.steps().get(Math.min(index, policy.steps().size() - 1));
    }

    private static LocalDate dateOf(DunningPolicy policy, int index, ItemFacts item) {
        int last = policy.steps().size() - 1;
        LocalDate base = stepAt(policy, index).date(item.issueDate(), item.dueDate());
        return index <= last ? base : base.plusDays((long) (index - last) * policy.repeatLastEveryDays());
    }
}
