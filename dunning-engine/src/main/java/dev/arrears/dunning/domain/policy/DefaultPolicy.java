package dev.arrears.dunning.domain.policy;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;

import java.util.List;

/**
 * The widely recommended collections timeline, used when no rule assigns another policy: a courtesy
 * note after issue, a reminder a week before due and on the due date, then +14, +30 and +45 days with
 * rising firmness, a collector's call, a final-notice letter and the hand-off to an agency, after which
 * the agency, not Arrears, contacts the customer. It charges no late fees: charging them is a tenant's
 * decision, made in its own policy.
 */
public final class DefaultPolicy {

    public static final String ID = "default";

    private DefaultPolicy() {
    }

    public static DunningPolicy v1() {
        return new DunningPolicy(ID, 1, "Recommended timeline", List.of(
                remind("courtesy", Anchor.ISSUE_DATE, 3, Tone.FRIENDLY, "courtesy", Channel.EMAIL),
                remind("due-in-7", Anchor.DUE_DATE, -7, Tone.FRIENDLY, "pre-due", Channel.EMAIL),
                remind("due-today", Anchor.DUE_DATE, 0, Tone.FRIENDLY, "due-today", Channel.EMAIL, Channel.SMS),
                remind("overdue-14", Anchor.DUE_DATE, 14, Tone.FIRM, "overdue", Channel.EMAIL, Channel.SMS),
                remind("overdue-30", Anchor.DUE_DATE, 30, Tone.FIRM, "overdue-firm", Channel.EMAIL, Channel.SMS, Channel.VOICE),
                remind("overdue-45", Anchor.DUE_DATE, 45, Tone.FINAL_NOTICE, "final-warning", Channel.EMAIL, Channel.SMS),
                new PolicyStep("collector-call", Anchor.DUE_DATE, 50, List.of(Channel.CALL_TASK), null, Tone.FINAL_NOTICE,
                        List.of(StepAction.CREATE_CALL_TASK), StepConditions.NONE, "collections", 3),
                new PolicyStep("final-notice-letter", Anchor.DUE_DATE, 60, List.of(Channel.LETTER, Channel.EMAIL), "final-notice",
                        Tone.FINAL_NOTICE, List.of(StepAction.SEND_REMINDER, StepAction.SEND_LETTER), StepConditions.NONE, null, null),
                new PolicyStep("agency-handoff", Anchor.DUE_DATE, 75, List.of(), null, Tone.FINAL_NOTICE,
                        List.of(StepAction.AGENCY_HANDOFF), StepConditions.NONE, null, null)),
                null, null);
    }

    private static PolicyStep remind(String name, Anchor anchor, int offset, Tone tone, String template, Channel... channels) {
        return new PolicyStep(name, anchor, offset, List.of(channels), template, tone, List.of(StepAction.SEND_REMINDER),
                StepConditions.NONE, null, null);
    }
}
