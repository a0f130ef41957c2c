package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.DunningLevelChanged;
import dev.arrears.contracts.dunning.DunningPaused;
import dev.arrears.contracts.dunning.DunningResumed;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PauseReason;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.ResumeReason;
import dev.arrears.dunning.audit.AuditKind;
import dev.arrears.dunning.domain.policy.Decision;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.policy.StepAction;
import dev.arrears.dunning.domain.policy.StepIds;
import dev.arrears.dunning.domain.policy.StepPlanner;
import dev.arrears.dunning.domain.schedule.BusinessCalendar;
import dev.arrears.dunning.domain.schedule.DueTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One evaluation of all of a customer's items at an instant: decides from facts alone what is due, carries
 * it out as events (one consolidated reminder, escalations by kind, level changes, fees, pauses and
 * resumes), and says when each item is next looked at. Pure: the engine loads the facts, calls this and
 * stores the result; the what-if simulation calls it day by day with nothing stored.
 *
 * <p>Every event id is derived from the steps that caused it, so running the same facts again produces
 * the same ids; the engine records each step once, so it never runs again in the first place.
 */
public final class CustomerRun {

    private static final Map<StepAction, EscalationKind> ESCALATIONS = Map.of(
            StepAction.CREATE_CALL_TASK, EscalationKind.CALL_TASK,
            StepAction.SEND_LETTER, EscalationKind.LETTER,
            StepAction.AGENCY_HANDOFF, EscalationKind.AGENCY_HANDOFF,
            StepAction.SERVICE_BLOCK, EscalationKind.SERVICE_BLOCK,
            StepAction.PROPOSE_WRITE_OFF, EscalationKind.WRITE_OFF_PROPOSAL);

    private final RunSettings settings;
    private final LateFees lateFees;

    public CustomerRun(RunSettings settings, LateFees lateFees) {
        this.settings = settings;
        this.lateFees = lateFees;
    }

    /** One item's decision in this run, with the pause that applied to it. */
    private record Evaluated(RunItem item, Pause pause, Decision decision, boolean open, boolean promiseBroken) {

        int levelBefore() {
            return item.recorded().isEmpty() ? 0 : item.recorded().stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
        }

        String stepId() {
            return StepIds.of(item.facts(), item.policy(), decision.stepIndex());
        }

        PolicyStep stepRef() {
            return new PolicyStep(item.policy().id(), item.policy().version(), decision.stepIndex(), decision.step().name());
        }
    }

    /**
     * @param dueItems the items whose scheduled evaluation brought the run about; their waiting decisions are kept
     *         as evidence, those of the others (looked at only to consolidate) are not
     * @param contacts when the customer was contacted before, for the contact cap and quiet-days conditions
     */
    public RunResult evaluate(Debtor debtor, List<RunItem> items, Set<ItemKey> dueItems, List<Instant> contacts, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, debtor.zone());
        BusinessCalendar calendar = BusinessCalendar.forCountry(debtor.country());
        Integer daysSinceContact = contacts.stream().max(Comparator.naturalOrder())
                .map(last -> (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(last, debtor.zone()), today)).orElse(null);
        RunResult result = new RunResult();

        List<Evaluated> evaluated = new ArrayList<>();
        for (RunItem item : items) {
            Pause pause = item.pause() != null && item.pause().activeOn(today) ? item.pause() : null;
            ItemFacts facts = withPause(item.facts(), pause);
            boolean open = !facts.closed() && facts.openAmount().signum() > 0;
            boolean promiseBroken = pause == null && open && item.previousPause() != null
                    && item.previousPause().reason() == PauseReason.PROMISE_TO_PAY;
            Decision decision = StepPlanner.decide(facts, item.policy(), item.recorded(), debtor.riskClass(), daysSinceContact,
                    today, promiseBroken);
            evaluated.add(new Evaluated(item, pause, decision, open, promiseBroken));
        }

        List<Evaluated> due = evaluated.stream().filter(e -> e.decision().kind() == Decision.Kind.DUE).toList();
        Instant executeAt = due.isEmpty() ? null : executionTime(debtor, due, calendar, contacts, today, now);
        List<Evaluated> executing = executeAt == null || executeAt.isAfter(now) ? List.of() : withinCap(due, contacts, now);
        Set<String> announced = new HashSet<>();
        for (Evaluated e : evaluated) {
            // A broken promise whose escalation cannot go out yet stays recorded as the pause in force, so the run
            // that sends it still knows the promise was broken.
            boolean consequencePending = e.promiseBroken() && e.decision().kind() == Decision.Kind.DUE && !executing.contains(e);
            if (!consequencePending) {
                announcePauseChange(e.item(), e.pause(), e.open(), today, now, announced, result);
            }
            result.pause(e.item().key(), consequencePending ? e.item().previousPause() : e.pause());
        }
        if (!executing.isEmpty()) {
            execute(debtor, evaluated, executing, today, now, calendar, result);
        }
        List<Instant> contactsAfter = new ArrayList<>(contacts);
        result.contacts().forEach(contact -> contactsAfter.add(contact.at()));
        for (Evaluated e : evaluated) {
            recordInapplicable(e, result);
            noteDecision(e, dueItems, result);
            Instant next;
            if (e.decision().kind() == Decision.Kind.DUE && !executing.contains(e)) {
                next = executing.isEmpty() ? executeAt : DueTime.schedule(today, debtor.zone(), calendar, settings.window(),
                        settings.cap(), contactsAfter, now);
            } else {
                next = nextEvaluation(e.decision(), debtor, calendar, now);
            }
            result.evaluateAt(e.item().key(), next);
        }
        return result;
    }

    /**
     * The due items that may go out now: all of them when one reminder lists them all (the send time already
     * respects the cap), else the reminders one by one while the contact cap allows another; escalations always.
     */
    private List<Evaluated> withinCap(List<Evaluated> due, List<Instant> contacts, Instant now) {
        if (settings.consolidation() == RunSettings.Consolidation.PER_CUSTOMER) {
            return due;
        }
        List<Instant> sent = new ArrayList<>(contacts);
        List<Evaluated> allowed = new ArrayList<>();
        for (Evaluated e : due) {
            if (!e.decision().step().reminds()) {
                allowed.add(e);
            } else if (!settings.cap().earliestAllowed(sent, now).isAfter(now)) {
                allowed.add(e);
                sent.add(now);
            }
        }
        return allowed;
    }

    private static ItemFacts withPause(ItemFacts f, Pause pause) {
        return new ItemFacts(f.tenantId(), f.customerId(), f.invoiceId(), f.invoiceNumber(), f.installmentNumber(), f.issueDate(),
                f.dueDate(), f.currency(), f.openAmount(), f.disputedAmount(), pause == null ? null : pause.lastDay(), f.closed(),
                f.installments());
    }

    /** The first instant from now the customer may be contacted (or worked, for escalations) about the due steps. */
    private Instant executionTime(Debtor debtor, List<Evaluated> due, BusinessCalendar calendar, List<Instant> contacts,
                                  LocalDate today, Instant now) {
        boolean reminds = due.stream().anyMatch(e -> e.decision().step().reminds());
        return DueTime.schedule(today, debtor.zone(), calendar, settings.window(), settings.cap(),
                reminds ? contacts : List.of(), now);
    }

    /**
     * When to look at the item next: the start of the send window on its next step's date. The contact cap is left to
     * the run that sends, since only reminders count against it and the next step may be a collector's task.
     */
    private Instant nextEvaluation(Decision decision, Debtor debtor, BusinessCalendar calendar, Instant now) {
        LocalDate next = decision.nextDate();
        if (decision.kind() == Decision.Kind.DONE || next == null || next.isAfter(Pause.UNTIL_RELEASED)) {
            return null;
        }
        return DueTime.schedule(next, debtor.zone(), calendar, settings.window(), settings.cap(), List.of(), now);
    }

    /**
     * Announces a pause that began or ended since the previous run, once per invoice however many of its installments
     * it covers.
     */
    private static void announcePauseChange(RunItem item, Pause pause, boolean open, LocalDate today, Instant now,
                                            Set<String> announced, RunResult result) {
        Pause before = item.previousPause();
        ItemFacts f = item.facts();
        if (pause != null && open && (before == null || !before.id().equals(pause.id()))) {
            String id = StepIds.derived("paused", f.tenantId(), pause.id(), f.invoiceId(), String.valueOf(pause.until()));
            boolean firstOfInvoice = announced.add(id);
            if (firstOfInvoice) {
                result.emit(id, new DunningPaused(f.tenantId(), f.customerId(), pause.id(), f.invoiceId(), pause.reason(), pause.note(),
                        pause.until(), now));
            }
            result.note(note(item, null, AuditKind.PAUSED, pauseText(pause), firstOfInvoice ? id : null));
        } else if (pause == null && before != null && open) {
            ResumeReason reason = resumeReason(before, today);
            String id = StepIds.derived("resumed", f.tenantId(), before.id(), f.invoiceId(), String.valueOf(before.until()));
            boolean firstOfInvoice = announced.add(id);
            if (firstOfInvoice) {
                result.emit(id, new DunningResumed(f.tenantId(), f.customerId(), before.id(), f.invoiceId(), reason, before.note(), now));
            }
            result.note(note(item, null, AuditKind.RESUMED, "resumed: " + reason.name().toLowerCase().replace('_', ' '),
                    firstOfInvoice ? id : null));
        }
    }

    private static ResumeReason resumeReason(Pause ended, LocalDate today) {
        return switch (ended.reason()) {
            case PROMISE_TO_PAY -> ResumeReason.PROMISE_BROKEN;
            case PAYMENT_PLAN -> ResumeReason.PLAN_ENDED;
            case DISPUTE -> ResumeReason.DISPUTE_RESOLVED;
            case MANUAL_HOLD, REPORTED_PAID -> ended.until() != null && today.isAfter(ended.until())
                    ? ResumeReason.HOLD_EXPIRED : ResumeReason.HOLD_RELEASED;
        };
    }

    private static String pauseText(Pause pause) {
        String why = pause.reason().name().toLowerCase().replace('_', ' ');
        return "paused (" + why + ")" + (pause.until() == null ? " until released" : " until " + pause.until())
                + (pause.note() == null ? "" : ": " + pause.note());
    }

    private void execute(Debtor debtor, List<Evaluated> all, List<Evaluated> due, LocalDate today, Instant now,
                         BusinessCalendar calendar, RunResult result) {
        for (Evaluated e : due) {
            ItemFacts f = e.item().facts();
            String stepId = e.stepId();
            result.step(new RunResult.StepRecord(e.item().key(), e.item().policy().id(), e.item().policy().version(),
                    e.decision().stepIndex(), stepId, StepOutcome.EXECUTED));
            for (int skipped : e.decision().skipped()) {
                result.step(new RunResult.StepRecord(e.item().key(), e.item().policy().id(), e.item().policy().version(), skipped,
                        StepIds.of(f, e.item().policy(), skipped), StepOutcome.SKIPPED));
                result.note(new AuditNote(e.item().key(), f.invoiceNumber(), e.item().policy().id(), e.item().policy().version(), skipped,
                        e.item().policy().steps().get(Math.min(skipped, e.item().policy().steps().size() - 1)).name(),
                        AuditKind.STEP_SKIPPED, "overtaken by step " + e.decision().step().name() + ", due at the same time", null));
            }
            String levelEventId = StepIds.derived("level", stepId);
            result.emit(levelEventId, new DunningLevelChanged(f.tenantId(), f.customerId(), f.invoiceId(), f.invoiceNumber(),
                    f.installmentNumber(), e.levelBefore(), e.decision().level(), e.stepRef(), now));
            result.note(note(e.item(), e, AuditKind.STEP_EXECUTED, e.decision().reason() + "; level " + e.levelBefore() + " -> "
                    + e.decision().level(), levelEventId));
            if (e.decision().step().actions().contains(StepAction.ASSESS_LATE_FEE)) {
                for (LateFeeAssessed fee : lateFees.assess(e.item(), e.stepRef(), stepId, today, now)) {
                    result.emit(fee.feeId(), fee);
                    result.note(note(e.item(), e, AuditKind.LATE_FEE_ASSESSED, fee.kind() + " " + fee.amount().amount().toPlainString()
                            + " " + fee.amount().currency() + ": " + fee.basis(), fee.feeId()));
                }
            }
        }
        remind(debtor, all, due, today, now, result);
        escalate(debtor, due, today, now, calendar, result);
    }

    private void remind(Debtor debtor, List<Evaluated> all, List<Evaluated> due, LocalDate today, Instant now, RunResult result) {
        List<Evaluated> reminding = due.stream().filter(e -> e.decision().step().reminds()).toList();
        if (reminding.isEmpty()) {
            return;
        }
        List<List<Evaluated>> groups = settings.consolidation() == RunSettings.Consolidation.PER_CUSTOMER
                ? List.of(reminding) : reminding.stream().map(List::of).toList();
        for (List<Evaluated> group : groups) {
            Evaluated lead = lead(group);
            List<DunnedItem> listed = new ArrayList<>(group.stream().map(e -> dunned(e, e.decision().level(), today)).toList());
            if (settings.consolidation() == RunSettings.Consolidation.PER_CUSTOMER) {
                all.stream().filter(e -> !group.contains(e) && stillOverdue(e, today))
                        .forEach(e -> listed.add(dunned(e, due.contains(e) ? e.decision().level() : e.levelBefore(), today)));
            }
            String reminderId = StepIds.derived(group.stream().map(Evaluated::stepId).sorted().toArray(String[]::new));
            List<Channel> channels = channels(lead.decision().step().channels(), debtor);
            result.emit(reminderId, new ReminderDue(debtor.tenantId(), debtor.customerId(), reminderId, lead.stepRef(),
                    lead.decision().step().tone(), lead.decision().step().templateId(), debtor.language(), channels, listed,
                    totalsOverdue(listed), now));
            for (Evaluated e : group) {
                result.note(note(e.item(), e, AuditKind.REMINDER_EMITTED, "reminder " + lead.decision().step().tone() + " via "
                        + channels + " listing " + listed.size() + " item(s)", reminderId));
            }
            result.contacted(reminderId, now);
        }
    }

    private void escalate(Debtor debtor, List<Evaluated> due, LocalDate today, Instant now, BusinessCalendar calendar,
                          RunResult result) {
        Map<EscalationKind, List<Evaluated>> byKind = new TreeMap<>();
        for (Evaluated e : due) {
            for (StepAction action : e.decision().step().actions()) {
                EscalationKind kind = ESCALATIONS.get(action);
                if (kind == EscalationKind.CALL_TASK && !debtor.reachable().contains(Channel.CALL_TASK)) {
                    // No number that works: the collector cannot call, so the customer gets it in writing instead.
                    kind = EscalationKind.LETTER;
                }
                if (kind != null && !byKind.computeIfAbsent(kind, k -> new ArrayList<>()).contains(e)) {
                    byKind.get(kind).add(e);
                }
            }
        }
        byKind.forEach((kind, items) -> {
            List<List<Evaluated>> groups = settings.consolidation() == RunSettings.Consolidation.PER_CUSTOMER
                    ? List.of(items) : items.stream().map(List::of).toList();
            for (List<Evaluated> group : groups) {
                Evaluated lead = lead(group);
                String[] parts = group.stream().map(Evaluated::stepId).sorted().toArray(String[]::new);
                String id = StepIds.derived(kind.name(), String.join(",", parts));
                Integer dueInDays = lead.decision().step().taskDueInDays();
                LocalDate workDue = dueInDays == null ? null : calendar.addBusinessDays(today, dueInDays);
                String team = lead.decision().step().callTeam();
                List<DunnedItem> listed = group.stream().map(e -> dunned(e, e.decision().level(), today)).toList();
                int maxOverdue = listed.stream().mapToInt(DunnedItem::daysOverdue).max().orElse(0);
                String reason = "step " + lead.decision().step().name() + " of policy " + lead.item().policy().id() + " v"
                        + lead.item().policy().version() + ": " + maxOverdue + " days overdue";
                result.emit(id, new EscalationRaised(debtor.tenantId(), debtor.customerId(), id, kind, lead.stepRef(), reason, listed,
                        kind == EscalationKind.CALL_TASK ? team : null, workDue));
                if (kind == EscalationKind.CALL_TASK) {
                    result.callTask(new RunResult.CallTaskOrder(id, team, workDue, reason, listed, totalsOverdue(listed)));
                }
                for (Evaluated e : group) {
                    result.note(note(e.item(), e, AuditKind.ESCALATION_EMITTED, kind + ": " + reason, id));
                }
            }
        });
    }

    /** The item whose step sets the reminder's tone and template: the one furthest up its ladder. */
    private static Evaluated lead(List<Evaluated> group) {
        return group.stream().max(Comparator.comparingInt((Evaluated e) -> e.decision().level())
                .thenComparing(e -> e.decision().stepIndex())).orElseThrow();
    }

    /** Whether a reminder about other items should list this one too; not once it is with a collection agency. */
    private static boolean stillOverdue(Evaluated e, LocalDate today) {
        ItemFacts f = e.item().facts();
        return e.pause() == null && !f.closed() && f.dunnableAmount().signum() > 0 && f.dueDate().isBefore(today) && !handedOff(e);
    }

    private static boolean handedOff(Evaluated e) {
        List<dev.arrears.dunning.domain.policy.PolicyStep> steps = e.item().policy().steps();
        return e.item().recorded().stream().anyMatch(index -> index < steps.size()
                && steps.get(index).actions().contains(StepAction.AGENCY_HANDOFF));
    }

    private static DunnedItem dunned(Evaluated e, int level, LocalDate today) {
        ItemFacts f = e.item().facts();
        return new DunnedItem(f.invoiceId(), f.invoiceNumber(), f.dunnedInstallment(), f.dueDate(),
                (int) ChronoUnit.DAYS.between(f.dueDate(), today), Money.atCurrencyScale(f.dunnableAmount(), f.currency()), level);
    }

    private static List<Money> totalsOverdue(List<DunnedItem> items) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        items.stream().filter(i -> i.daysOverdue() > 0)
                .forEach(i -> totals.merge(i.openAmount().currency(), i.openAmount().amount(), BigDecimal::add));
        return totals.entrySet().stream().map(t -> Money.atCurrencyScale(t.getValue(), t.getKey())).toList();
    }

    /** The step's channels the customer can be reached on, in its fallback order; a letter when none is left. */
    private static List<Channel> channels(List<Channel> planned, Debtor debtor) {
        List<Channel> usable = planned.stream().filter(debtor.reachable()::contains).collect(Collectors.toList());
        return usable.isEmpty() ? List.of(Channel.LETTER) : usable;
    }

    /** A step that fell due but whose conditions did not hold is recorded, so it is skipped rather than postponed. */
    private static void recordInapplicable(Evaluated e, RunResult result) {
        Decision d = e.decision();
        if (d.kind() != Decision.Kind.WAITING || d.stepIndex() < 0) {
            return;
        }
        RunItem item = e.item();
        result.step(new RunResult.StepRecord(item.key(), item.policy().id(), item.policy().version(), d.stepIndex(),
                StepIds.of(item.facts(), item.policy(), d.stepIndex()), StepOutcome.NOT_APPLICABLE));
        for (int skipped : d.skipped()) {
            result.step(new RunResult.StepRecord(item.key(), item.policy().id(), item.policy().version(), skipped,
                    StepIds.of(item.facts(), item.policy(), skipped), StepOutcome.SKIPPED));
        }
        String stepName = item.policy().steps().get(Math.min(d.stepIndex(), item.policy().steps().size() - 1)).name();
        result.note(new AuditNote(item.key(), item.facts().invoiceNumber(), item.policy().id(), item.policy().version(),
                d.stepIndex(), stepName, AuditKind.STEP_NOT_APPLICABLE, d.reason(), null));
    }

    /** Why an item that was due for evaluation needs nothing more: the evidence that dunning stopped, and why. */
    private static void noteDecision(Evaluated e, Set<ItemKey> dueItems, RunResult result) {
        Decision d = e.decision();
        if (!dueItems.contains(e.item().key()) || d.kind() != Decision.Kind.DONE) {
            return;
        }
        ItemFacts f = e.item().facts();
        AuditKind kind = f.closed() || f.openAmount().signum() <= 0 ? AuditKind.SETTLED
                : f.dunnableAmount().signum() <= 0 ? AuditKind.PAUSED : AuditKind.LADDER_EXHAUSTED;
        result.note(note(e.item(), null, kind, d.reason(), null));
    }

    private static AuditNote note(RunItem item, Evaluated step, AuditKind kind, String reason, String eventId) {
        return new AuditNote(item.key(), item.facts().invoiceNumber(), item.policy().id(), item.policy().version(),
                step == null ? null : step.decision().stepIndex(), step == null ? null : step.decision().step().name(),
                kind, reason, eventId);
    }
}
