package dev.arrears.dunning.run;

import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.dunning.audit.AuditEntry;
import dev.arrears.dunning.audit.AuditKind;
import dev.arrears.dunning.audit.AuditTrail;
import dev.arrears.dunning.domain.assignment.PolicyAssignment;
import dev.arrears.dunning.domain.fee.FeeCalculator;
import dev.arrears.dunning.domain.fee.ReferenceRates;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.run.AuditNote;
import dev.arrears.dunning.domain.run.CustomerRun;
import dev.arrears.dunning.domain.run.ItemKey;
import dev.arrears.dunning.domain.run.LateFeeAssessor;
import dev.arrears.dunning.domain.run.Pause;
import dev.arrears.dunning.domain.run.RunItem;
import dev.arrears.dunning.domain.run.RunResult;
import dev.arrears.dunning.repository.CallTasks;
import dev.arrears.dunning.repository.CustomerLock;
import dev.arrears.dunning.repository.PolicyStore;
import dev.arrears.dunning.repository.RunStore;
import dev.arrears.dunning.repository.Schedule;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Works the durable schedule: claims a batch of due items, then runs each of their customers in its own
 * transaction under the customer's lock, storing the recorded steps, the events (through the outbox), the
 * evidence and the next due-times together. A crash before commit leaves nothing behind and the lease
 * expires; after commit the steps are recorded, so nothing runs twice.
 */
@ApplicationScoped
public class DunningRunner {

    /** Contacts older than this cannot matter to a contact cap or quiet-days condition. */
    private static final Duration CONTACT_HISTORY = Duration.ofDays(90);

    private final Schedule schedule;
    private final RunStore store;
    private final PolicyStore policies;
    private final CallTasks callTasks;
    private final AuditTrail auditTrail;
    private final Outbox outbox;
    private final DunningConfig config;
    private final RunMetrics metrics;
    private final FeeCalculator feeCalculator = new FeeCalculator(ReferenceRates.load());
    private final Clock clock;
    private final String worker = "engine-" + UUID.randomUUID().toString().substring(0, 8);

    DunningRunner(Schedule schedule, RunStore store, PolicyStore policies, CallTasks callTasks, AuditTrail auditTrail, Outbox outbox,
                  DunningConfig config, RunMetrics metrics, Clock clock) {
        this.schedule = schedule;
        this.store = store;
        this.policies = policies;
        this.callTasks = callTasks;
        this.auditTrail = auditTrail;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Claims and runs one batch; answers how many customers were run (0 when nothing was due). */
    public Uni<Integer> runBatch() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> schedule.claim(worker, now, config.scheduler().lease(), config.scheduler().batchSize()))
                .chain(claimed -> {
                    Set<List<String>> customers = claimed.stream().map(d -> List.of(d.tenantId(), d.customerId()))
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                    return Multi.createFrom().iterable(customers)
                            // A Uni<Void> emits null, which a Multi drops: count the customers, not the results.
                            .onItem().transformToUniAndConcatenate(c -> runCustomer(c.get(0), c.get(1), now).replaceWith(c))
                            .collect().asList().map(List::size);
                });
    }

    /** Runs batches until nothing is due. */
    public Uni<Integer> runUntilIdle() {
        return runBatch().chain(run -> run == 0 ? Uni.createFrom().item(0) : runUntilIdle().map(more -> run + more));
    }

    /** Evaluates all of one customer's items now, if any of them is (still) due. */
    public Uni<Void> runCustomer(String tenantId, String customerId, Instant now) {
        return Panache.withTransaction(() -> CustomerLock.acquire(tenantId, customerId)
                        .chain(() -> schedule.dueOfCustomer(tenantId, customerId, now))
                        .chain(due -> due.isEmpty() ? Uni.createFrom().<RunResult>nullItem() : evaluate(tenantId, customerId,
                                due.stream().map(d -> new ItemKey(d.invoiceId(), d.installmentNumber())).collect(Collectors.toSet()), now)))
                // Counted once committed: a run rolled back emitted nothing.
                .invoke(result -> {
                    if (result != null) {
                        metrics.record(result);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<RunResult> evaluate(String tenantId, String customerId, Set<ItemKey> due, Instant now) {
        return store.profile(tenantId, customerId, config.defaultTimeZone(), config.defaultCountry()).chain(profile -> {
            LocalDate today = LocalDate.ofInstant(now, profile.debtor().zone());
            return store.items(tenantId, customerId)
                    .chain(items -> store.pauses(tenantId, customerId, today, config.promiseGraceDays())
                    .chain(pauses -> store.states(tenantId, customerId)
                    .chain(states -> store.recordedSteps(tenantId, customerId)
                    .chain(recorded -> store.contactsSince(tenantId, customerId, now.minus(CONTACT_HISTORY))
                    .chain(contacts -> store.feeStates(tenantId, customerId)
                    .chain(feeStates -> policiesFor(tenantId, customerId, profile, items, states, now)
                    .chain(assigned -> {
                        List<RunItem> runItems = new ArrayList<>();
                        for (ItemFacts facts : items) {
                            ItemKey key = new ItemKey(facts.invoiceId(), facts.installmentNumber());
                            RunStore.ItemState state = states.get(key);
                            Pause pause = pauses.get(facts.invoiceId());
                            runItems.add(new RunItem(facts, assigned.get(key), recorded.getOrDefault(key, Set.of()), pause,
                                    state == null ? null : state.pause()));
                        }
                        LateFeeAssessor lateFees = new LateFeeAssessor(feeCalculator, feeStates);
                        RunResult result = new CustomerRun(config.runSettings(), lateFees).evaluate(profile.debtor(), runItems, due,
                                contacts, now);
                        return persist(tenantId, customerId, states, result, now).replaceWith(result);
                    })))))));
        });
    }

    /**
     * The policy version of every item: the one it started with, or for an item new to dunning the latest version
     * of the policy assigned to its customer now (kept from then on).
     */
    private Uni<Map<ItemKey, DunningPolicy>> policiesFor(String tenantId, String customerId, RunStore.Profile profile,
                                                        List<ItemFacts> items, Map<ItemKey, RunStore.ItemState> states, Instant now) {
        return policies.rules(tenantId).chain(rules -> policies.override(tenantId, customerId).chain(override -> {
            String chosen = PolicyAssignment.choose(rules, override.orElse(null), profile.segment());
            return policies.latest(tenantId, chosen).chain(latest -> {
                DunningPolicy current = latest.orElseThrow(() -> new IllegalStateException(
                        "policy " + chosen + " assigned to customer " + customerId + " of tenant " + tenantId + " does not exist"));
                Map<ItemKey, DunningPolicy> assigned = new HashMap<>();
                List<AuditNote> notes = new ArrayList<>();
                return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(facts -> {
                    ItemKey key = new ItemKey(facts.invoiceId(), facts.installmentNumber());
                    RunStore.ItemState state = states.get(key);
                    if (state == null) {
                        assigned.put(key, current);
                        notes.add(new AuditNote(key, facts.invoiceNumber(), current.id(), current.version(), null, null,
                                AuditKind.POLICY_ASSIGNED, override.isPresent() ? "customer override" : "assignment rules chose "
                                + current.id() + " v" + current.version(), null));
                        return store.startDunning(tenantId, key, current.id(), current.version(), now);
                    }
                    return policies.version(tenantId, state.policyId(), state.policyVersion()).invoke(policy ->
                            assigned.put(key, policy.orElseThrow(() -> new IllegalStateException("policy " + state.policyId()
                                    + " v" + state.policyVersion() + " is gone")))).replaceWithVoid();
                }).collect().last().chain(() -> notes.isEmpty() ? Uni.createFrom().voidItem()
                        : auditTrail.append(entries(tenantId, customerId, notes, now))).replaceWith(assigned);
            });
        }));
    }

    private Uni<Void> persist(String tenantId, String customerId, Map<ItemKey, RunStore.ItemState> states, RunResult result,
                              Instant now) {
        List<Uni<Void>> writes = new ArrayList<>();
        result.steps().forEach(step -> writes.add(store.recordStep(tenantId, step, now)));
        result.pauses().forEach((item, pause) -> {
            RunStore.ItemState before = states.get(item);
            if (!Objects.equals(before == null ? null : before.pause(), pause)) {
                writes.add(store.recordPause(tenantId, item, pause));
            }
        });
        result.emissions().stream().filter(e -> e.event() instanceof LateFeeAssessed)
                .forEach(e -> writes.add(store.recordFee((LateFeeAssessed) e.event())));
        writes.add(outbox.appendAll(result.emissions().stream()
                .map(e -> outbox.envelope(e.eventId(), e.event(), customerId)).toList()));
        if (!result.audit().isEmpty()) {
            writes.add(auditTrail.append(entries(tenantId, customerId, result.audit(), now)));
        }
        result.contacts().forEach(contact -> writes.add(store.recordContact(tenantId, customerId, contact.reminderId(), contact.at())));
        result.callTasks().forEach(task -> writes.add(callTasks.create(tenantId, customerId, task, now)));
        result.nextEvaluation().forEach((item, next) -> writes.add(next.isPresent()
                ? schedule.dueAt(tenantId, customerId, item.invoiceId(), item.installmentNumber(), next.get())
                : schedule.remove(tenantId, item.invoiceId(), item.installmentNumber())));
        // One statement at a time: a reactive session runs a single query at once.
        return Multi.createFrom().iterable(writes).onItem().transformToUniAndConcatenate(write -> write).collect().last()
                .replaceWithVoid();
    }

    private static List<AuditEntry> entries(String tenantId, String customerId, List<AuditNote> notes, Instant now) {
        return notes.stream().map(n -> new AuditEntry(null, tenantId, customerId, n.item() == null ? null : n.item().invoiceId(),
                n.invoiceNumber(), n.item() == null ? null : n.item().installmentNumber(), now, n.policyId(), n.policyVersion(),
                n.stepIndex(), n.stepName(), n.kind(), n.reason(), n.eventId())).toList();
    }

    /** The worker name this replica claims under, for logs and the schedule's claimed_by column. */
    public String worker() {
        return worker;
    }
}
