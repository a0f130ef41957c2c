package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.DunnedItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run for one customer decided, for the engine to store in one transaction: the steps
 * recorded, the events to publish, the evidence, the pauses now in force and when each item is next
 * evaluated.
 */
public final class RunResult {

    /** A step recorded for an item under a policy version. */
    public record StepRecord(ItemKey item, String policyId, int policyVersion, int stepIndex, String stepId, StepOutcome outcome) {
    }

    /** An event to publish, under its deterministic id. */
    public record Emission(String eventId, ArrearsEvent event) {
    }

    /** A reminder that reached the customer, for the contact cap. */
    public record Contact(String reminderId, Instant at) {
    }

    /** A collector's task to put on the worklist. */
    public record CallTaskOrder(String taskId, String team, LocalDate dueDate, String reason, List<DunnedItem> items,
                                List<Money> totals) {
    }

    private final List<StepRecord> steps = new ArrayList<>();
    private final List<Emission> emissions = new ArrayList<>();
    private final List<AuditNote> audit = new ArrayList<>();
    private final List<CallTaskOrder> callTasks = new ArrayList<>();
    private final Map<ItemKey, Pause> pauses = new LinkedHashMap<>();
    private final Map<ItemKey, Optional<Instant>> nextEvaluation = new LinkedHashMap<>();
    private final List<Contact> contacts = new ArrayList<>();

    void step(StepRecord record) {
        steps.add(record);
    }

    void emit(String eventId, ArrearsEvent event) {
        emissions.add(new Emission(eventId, event));
    }

    void note(AuditNote note) {
        audit.add(note);
    }

    void callTask(CallTaskOrder order) {
        callTasks.add(order);
    }

    void pause(ItemKey item, Pause pause) {
        pauses.put(item, pause);
    }

    void evaluateAt(ItemKey item, Instant at) {
        nextEvaluation.put(item, Optional.ofNullable(at));
    }

    void contacted(String reminderId, Instant at) {
        contacts.add(new Contact(reminderId, at));
    }

    public List<StepRecord> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<Emission> emissions() {
        return Collections.unmodifiableList(emissions);
    }

    public List<AuditNote> audit() {
        return Collections.unmodifiableList(audit);
    }

    public List<CallTaskOrder> callTasks() {
        return Collections.unmodifiableList(callTasks);
    }

    /** The pause in force per item after the run; a {@code null} value means none. */
    public Map<ItemKey, Pause> pauses() {
        return Collections.unmodifiableMap(pauses);
    }

    /** When each item is next evaluated; empty means never again unless a fact about it changes. */
    public Map<ItemKey, Optional<Instant>> nextEvaluation() {
        return Collections.unmodifiableMap(nextEvaluation);
    }

    /** Every reminder the run sent; each counts against the contact cap. */
    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    /** When the run contacted the customer, if it did. */
    public Optional<Instant> contactedAt() {
        return contacts.stream().map(Contact::at).findFirst();
    }
}
