package dev.arrears.dunning.domain.policy;

import dev.arrears.dunning.domain.fee.LateFeeRule;

import java.util.ArrayList;
import java.util.List;

/**
 * A dunning ladder as data: ordered steps, and optionally an endless tail that repeats the last step
 * every N days. Versioned: an item in dunning keeps the version it started with.
 *
 * @param repeatLastEveryDays {@code null} for a ladder that ends after its last step
 * @param lateFee what steps that assess a late fee charge, or {@code null} for no fees
 */
public record DunningPolicy(String id, int version, String name, List<PolicyStep> steps, Integer repeatLastEveryDays,
                            LateFeeRule lateFee) {

    public DunningPolicy {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public DunningPolicy withVersion(int newVersion) {
        return new DunningPolicy(id, newVersion, name, steps, repeatLastEveryDays, lateFee);
    }

    /** Everything that makes the policy unusable, as readable sentences; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || id.isBlank()) {
            problems.add("id is required");
        }
        if (version < 1) {
            problems.add("version starts at 1");
        }
        if (steps.isEmpty()) {
            problems.add("a policy needs at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            PolicyStep step = steps.get(i);
            String at = "steps[" + i + "]";
            if (step.name() == null || step.name().isBlank()) {
                problems.add(at + ".name is required");
            }
            if (step.anchor() == null) {
                problems.add(at + ".anchor is required");
            }
            if (step.actions().isEmpty()) {
                problems.add(at + " does nothing: give it at least one action");
            }
            if (step.reminds() && (step.channels().isEmpty() || step.templateId() == null || step.tone() == null)) {
                problems.add(at + " sends a reminder: it needs channels, a templateId and a tone");
            }
            if (step.actions().contains(StepAction.CREATE_CALL_TASK) && (step.callTeam() == null || step.taskDueInDays() == null)) {
                problems.add(at + " creates a call task: it needs a callTeam and taskDueInDays");
            }
        }
        if (repeatLastEveryDays != null && repeatLastEveryDays < 1) {
            problems.add("repeatLastEveryDays must be at least 1");
        }
        if (lateFee != null) {
            lateFee.problems().forEach(problem -> problems.add("lateFee: " + problem));
        } else if (steps.stream().anyMatch(step -> step.actions().contains(StepAction.ASSESS_LATE_FEE))) {
            problems.add("a step assesses a late fee: give the policy a lateFee rule");
        }
        return problems;
    }
}
