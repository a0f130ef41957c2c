package dev.arrears.dunning.domain.simulation;

import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.dunning.domain.fee.FeeState;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.run.ItemKey;
import dev.arrears.dunning.domain.run.Pause;
import dev.arrears.dunning.domain.run.RunItem;
import dev.arrears.dunning.domain.run.RunResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine stores between runs of one customer, kept in memory by a what-if instead: the steps recorded per
 * item, the pause in force at the previous run, when each item is next evaluated, the contacts made, and how far
 * late fees were assessed. Fed only from run results, as the engine's tables are.
 */
final class EngineMemory {

    private final Map<ItemKey, Set<Integer>> recorded = new HashMap<>();
    private final Map<ItemKey, Pause> pauses = new HashMap<>();
    private final Map<ItemKey, Instant> nextEvaluation = new HashMap<>();
    private final List<Instant> contacts = new ArrayList<>();
    private final Map<ItemKey, LocalDate> interestAccruedUntil = new HashMap<>();
    private final Set<String> compensatedInvoices = new HashSet<>();

    /** The item as a run on {@code today} sees it, with what earlier runs recorded for it. */
    RunItem runItem(SimulatedItem item, DunningPolicy policy, LocalDate today) {
        return new RunItem(item.factsOn(today), policy, recorded.getOrDefault(item.key(), Set.of()), item.pauseOn(today),
                pauses.get(item.key()));
    }

    /** The fee state of each item, as the engine would load it before a run. */
    Map<ItemKey, FeeState> feeStates(List<SimulatedItem> items) {
        Map<ItemKey, FeeState> states = new HashMap<>();
        for (SimulatedItem item : items) {
            states.put(item.key(), new FeeState(item.history(), interestAccruedUntil.get(item.key()),
                    compensatedInvoices.contains(item.template().invoiceId())));
        }
        return states;
    }

    List<Instant> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    /** The earliest instant an item is scheduled for, if any is. */
    Optional<Instant> nextEvaluation() {
        return nextEvaluation.values().stream().min(Instant::compareTo);
    }

    /** Stores what the engine would store after the run. */
    void remember(RunResult result) {
        result.steps().forEach(step -> recorded.computeIfAbsent(step.item(), key -> new HashSet<>()).add(step.stepIndex()));
        result.pauses().forEach((key, pause) -> {
            if (pause == null) {
                pauses.remove(key);
            } else {
                pauses.put(key, pause);
            }
        });
        result.nextEvaluation().forEach((key, next) -> next.ifPresentOrElse(at -> nextEvaluation.put(key, at),
                () -> nextEvaluation.remove(key)));
        result.contacts().forEach(contact -> contacts.add(contact.at()));
        result.emissions().stream().map(RunResult.Emission::event).filter(LateFeeAssessed.class::isInstance)
                .map(LateFeeAssessed.class::cast).forEach(this::rememberFee);
    }

    private void rememberFee(LateFeeAssessed fee) {
        if (fee.kind() == FeeKind.STATUTORY_COMPENSATION) {
            compensatedInvoices.add(fee.invoiceId());
        }
        if (fee.periodEnd() != null) {
            interestAccruedUntil.merge(new ItemKey(fee.invoiceId(), fee.installmentNumber()), fee.periodEnd(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
    }
}
