package dev.arrears.dunning.domain.policy;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;

import java.time.LocalDate;
import java.util.List;

/**
 * One rung of a dunning ladder: when it is due (an offset from the issue or due date), how it reaches
 * the customer (channels in fallback order), in which template and tone, and what else it does.
 *
 * @param callTeam the collectors' team a call task goes to, when the step creates one
 * @param taskDueInDays how many days the team has for the task
 */
public record PolicyStep(String name, Anchor anchor, int offsetDays, List<Channel> channels, String templateId, Tone tone,
                         List<StepAction> actions, StepConditions conditions, String callTeam, Integer taskDueInDays) {

    public PolicyStep {
        channels = channels == null ? List.of() : List.copyOf(channels);
        actions = actions == null ? List.of() : List.copyOf(actions);
        conditions = conditions == null ? StepConditions.NONE : conditions;
    }

    /** The date this step falls on for an item issued and due on these dates. */
    public LocalDate date(LocalDate issueDate, LocalDate dueDate) {
        return (anchor == Anchor.ISSUE_DATE ? issueDate : dueDate).plusDays(offsetDays);
    }

    public boolean reminds() {
        return actions.contains(StepAction.SEND_REMINDER);
    }
}
