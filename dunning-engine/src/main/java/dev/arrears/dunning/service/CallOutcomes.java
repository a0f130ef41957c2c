package dev.arrears.dunning.service;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.dunning.audit.AuditKind;
import dev.arrears.dunning.domain.schedule.BusinessCalendar;
import dev.arrears.dunning.repository.CallTasks;
import dev.arrears.dunning.repository.CallTasks.Task;
import dev.arrears.dunning.repository.DunningFacts;
import dev.arrears.dunning.repository.Holds;
import dev.arrears.dunning.repository.RunStore;
import dev.arrears.dunning.rest.InvalidRequest;
import dev.arrears.dunning.rest.NotFound;
import dev.arrears.dunning.run.DunningConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a collector's call changes: a promise pauses the called-about invoices until the promised date plus
 * grace, a dispute holds the customer until someone releases it, a wrong number makes calls and texts fall
 * back to other channels, a reported payment holds dunning for a week while it arrives, no answer brings
 * the call back the next business day, and a callback moves the task.
 */
@ApplicationScoped
public class CallOutcomes {

    /** How long a payment the customer says is made holds dunning before it resumes if none arrived. */
    static final int REPORTED_PAID_HOLD_DAYS = 7;

    /** What came of a call. */
    public enum Outcome { PROMISE_TO_PAY, DISPUTE, WRONG_CONTACT, PAID, NO_ANSWER, CALLBACK }

    /** The collector's report; the fields an outcome needs are required for it. */
    public record Report(Outcome outcome, String note, LocalDate promisedDate, Money promisedAmount, LocalDate callbackOn) {
    }

    private final CallTasks tasks;
    private final DunningFacts facts;
    private final Holds holds;
    private final RunStore store;
    private final CustomerChanges changes;
    private final DunningConfig config;
    private final Clock clock;

    CallOutcomes(CallTasks tasks, DunningFacts facts, Holds holds, RunStore store, CustomerChanges changes, DunningConfig config,
                 Clock clock) {
        this.tasks = tasks;
        this.facts = facts;
        this.holds = holds;
        this.store = store;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
    }

    /** Must run in a transaction. */
    public Uni<Task> record(String tenantId, String taskId, Report report) {
        Instant now = clock.instant();
        return tasks.find(tenantId, taskId).chain(found -> {
            Task task = found.orElseThrow(() -> new NotFound("no call task " + taskId));
            return store.profile(tenantId, task.customerId(), config.defaultTimeZone(), config.defaultCountry()).chain(profile -> {
                LocalDate today = LocalDate.ofInstant(now, profile.debtor().zone());
                validate(task, report, today);
                String reason = "call task " + taskId + ": " + report.outcome() + (report.note() == null ? "" : " - " + report.note());
                return changes.apply(tenantId, task.customerId(), AuditKind.CALL_TASK_OUTCOME, null, reason, now,
                                () -> apply(tenantId, task, report, today, BusinessCalendar.forCountry(profile.debtor().country()), now))
                        .chain(() -> tasks.find(tenantId, taskId)).map(java.util.Optional::orElseThrow);
            });
        });
    }

    private Uni<Void> apply(String tenantId, Task task, Report report, LocalDate today, BusinessCalendar calendar, Instant now) {
        String customer = task.customerId();
        Uni<Void> complete = tasks.complete(tenantId, task.taskId(), report.outcome().name(), report.note(), now);
        return switch (report.outcome()) {
            case PROMISE_TO_PAY -> facts.recordPromise(tenantId, "call-" + task.taskId(), customer, report.promisedDate(),
                    report.promisedAmount(), task.items().stream().map(DunnedItem::invoiceId).distinct().toList(), "collector-call")
                    .chain(() -> complete);
            case DISPUTE -> holds.place(tenantId, new Holds.Hold("call-" + task.taskId(), customer, null, PauseReason.DISPUTE,
                    report.note(), null, now, null)).chain(() -> complete);
            case PAID -> holds.place(tenantId, new Holds.Hold("call-" + task.taskId(), customer, null, PauseReason.REPORTED_PAID,
                    report.note(), today.plusDays(REPORTED_PAID_HOLD_DAYS), now, null)).chain(() -> complete);
            case WRONG_CONTACT -> facts.markPhoneInvalid(tenantId, customer).chain(() -> complete);
            case NO_ANSWER -> complete.chain(() -> tasks.followUp(tenantId, task, task.taskId() + "-retry-" + today,
                    calendar.addBusinessDays(today, 1), now));
            case CALLBACK -> tasks.reschedule(tenantId, task.taskId(), report.callbackOn());
        };
    }

    private static void validate(Task task, Report report, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (report == null || report.outcome() == null) {
            throw new InvalidRequest(List.of("outcome is required: one of " + List.of(Outcome.values())));
        }
        if (!"OPEN".equals(task.status())) {
            problems.add("call task " + task.taskId() + " is already " + task.status());
        }
        if (report.outcome() == Outcome.PROMISE_TO_PAY) {
            if (report.promisedDate() == null || report.promisedDate().isBefore(today)) {
                problems.add("promisedDate is required and may not be in the past");
            }
            if (report.promisedAmount() == null) {
                problems.add("promisedAmount is required");
            }
        }
        if (report.outcome() == Outcome.CALLBACK && (report.callbackOn() == null || report.callbackOn().isBefore(today))) {
            problems.add("callbackOn is required and may not be in the past");
        }
        if ((report.outcome() == Outcome.DISPUTE || report.outcome() == Outcome.PAID) && (report.note() == null || report.note().isBlank())) {
            problems.add("note is required: say what the customer disputes or how they paid");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }
}
