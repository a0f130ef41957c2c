package dev.arrears.dunning.domain.run;

import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.policy.ItemFacts;

import java.util.Set;

/**
 * One item as a run sees it: the facts, the policy version it is dunned under, the steps already recorded
 * for it under that version, the pause in force now and the one in force at the previous run (their
 * difference is a pause or resume to announce).
 *
 * @param pause the pause in force on the run's day, or {@code null}
 * @param previousPause the pause recorded at the previous run, or {@code null}
 */
public record RunItem(ItemFacts facts, DunningPolicy policy, Set<Integer> recorded, Pause pause, Pause previousPause) {

    public RunItem {
        recorded = Set.copyOf(recorded);
    }

    public ItemKey key() {
        return new ItemKey(facts.invoiceId(), facts.installmentNumber());
    }
}
