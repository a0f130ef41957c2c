package dev.arrears.dunning.domain.run;

import dev.arrears.dunning.domain.policy.ItemFacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Plays the engine around a {@link CustomerRun}, with nothing stored: runs the customer whenever one of its items is
 * scheduled, feeds each result back into the next run as the engine stores it (recorded steps, contacts, the pause in
 * force, the next evaluation), and writes one line per run: {@code instant | steps executed | events emitted}.
 */
final class SimulatedEngine {

    /** A run that schedules itself at the same instant again would loop; no life in these tests needs more runs. */
    private static final int MAX_RUNS = 100;

    private final CustomerRun run;
    private final Debtor debtor;
    private final Map<ItemKey, Tracked> items = new LinkedHashMap<>();
    private final List<Instant> contacts = new ArrayList<>();
    private final List<RunResult> results = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    /** What the engine keeps about one item between runs. */
    private static final class Tracked {
        ItemFacts facts;
        final Set<Integer> recorded = new HashSet<>();
        Pause pause;
        Pause previousPause;
        Instant next;
    }

    SimulatedEngine(RunSettings settings, Debtor debtor) {
        this.run = Runs.run(settings);
        this.debtor = debtor;
    }

    /** An item the engine learns of at {@code at} (its InvoiceIssued arrives), with the steps already recorded for it. */
    SimulatedEngine add(ItemFacts facts, Set<Integer> recorded, String at) {
        Tracked tracked = new Tracked();
        tracked.facts = facts;
        tracked.recorded.addAll(recorded);
        tracked.next = Instant.parse(at);
        items.put(Runs.key(facts), tracked);
        return this;
    }

    /** A fact about the item changed at {@code at} (a payment, a dispute): the consumer schedules it for then. */
    SimulatedEngine change(String invoiceNumber, UnaryOperator<ItemFacts> change, String at) {
        Tracked tracked = tracked(invoiceNumber);
        tracked.facts = change.apply(tracked.facts);
        tracked.next = Instant.parse(at);
        return this;
    }

    /** A pause was placed on the item at {@code at}, or released ({@code null}): the item is evaluated then. */
    SimulatedEngine pause(String invoiceNumber, Pause pause, String at) {
        Tracked tracked = tracked(invoiceNumber);
        tracked.pause = pause;
        tracked.next = Instant.parse(at);
        return this;
    }

    /** Runs the customer at every scheduled instant up to and including {@code until}. */
    SimulatedEngine runUntil(String until) {
        Instant end = Instant.parse(until);
        for (Optional<Instant> next = nextRun(); next.isPresent() && !next.get().isAfter(end); next = nextRun()) {
            runAt(next.get());
        }
        return this;
    }

    /** Runs the customer until none of its items is scheduled any more. */
    List<String> runToTheEnd() {
        for (Optional<Instant> next = nextRun(); next.isPresent(); next = nextRun()) {
            runAt(next.get());
        }
        return log();
    }

    /** One run at {@code now}, for the items scheduled at or before it; the result is fed back. */
    RunResult runAt(Instant now) {
        if (results.size() >= MAX_RUNS) {
            throw new IllegalStateException("more than " + MAX_RUNS + " runs: the schedule does not advance, last run " + now);
        }
        Set<ItemKey> due = items.entrySet().stream()
                .filter(e -> e.getValue().next != null && !e.getValue().next.isAfter(now))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<RunItem> runItems = items.values().stream()
                .map(t -> new RunItem(t.facts, Runs.DEFAULT, t.recorded, t.pause, t.previousPause)).toList();
        RunResult result = run.evaluate(debtor, runItems, due, List.copyOf(contacts), now);

        result.steps().forEach(step -> items.get(step.item()).recorded.add(step.stepIndex()));
        result.contacts().forEach(contact -> contacts.add(contact.at()));
        result.pauses().forEach((key, pause) -> items.get(key).previousPause = pause);
        result.nextEvaluation().forEach((key, next) -> items.get(key).next = next.orElse(null));
        results.add(result);
        log.add(line(now, result));
        return result;
    }

    Optional<Instant> nextRun() {
        return items.values().stream().map(t -> t.next).filter(Objects::nonNull).min(Instant::compareTo);
    }

    Optional<Instant> nextEvaluation(String invoiceNumber) {
        return Optional.ofNullable(tracked(invoiceNumber).next);
    }

    Set<Integer> recorded(String invoiceNumber) {
        return Set.copyOf(tracked(invoiceNumber).recorded);
    }

    List<Instant> contacts() {
        return List.copyOf(contacts);
    }

    List<RunResult> results() {
        return List.copyOf(results);
    }

    /** One line per run so far. */
    List<String> log() {
        return List.copyOf(log);
    }

    /** {@code 2026-03-09T08:00:00Z | A overdue-14 | DunningResumed DunningLevelChanged ReminderDue}, "-" for none. */
    private String line(Instant now, RunResult result) {
        String steps = result.steps().stream().filter(s -> s.outcome() == StepOutcome.EXECUTED)
                .map(s -> numberOf(s.item()) + " " + stepName(s.stepIndex())).collect(Collectors.joining(", "));
        String events = String.join(" ", Runs.eventTypes(result));
        return now + " | " + (steps.isEmpty() ? "-" : steps) + " | " + (events.isEmpty() ? "-" : events);
    }

    private String numberOf(ItemKey key) {
        return items.get(key).facts.invoiceNumber();
    }

    private static String stepName(int index) {
        return Runs.DEFAULT.steps().get(Math.min(index, Runs.DEFAULT.steps().size() - 1)).name();
    }

    private Tracked tracked(String invoiceNumber) {
        return items.values().stream().filter(t -> t.facts.invoiceNumber().equals(invoiceNumber)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no invoice " + invoiceNumber));
    }
}
