package dev.arrears.dunning.domain.policy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic ids of executed steps: the same item, policy version and step always give the same id,
 * so a re-run of a step produces an event with the same id and downstream ledgers act on it once.
 */
public final class StepIds {

    private StepIds() {
    }

    public static String of(ItemFacts item, DunningPolicy policy, int stepIndex) {
        return derivedStep(item.tenantId(), item.invoiceId(), item.installmentNumber(), policy.id(), policy.version(), stepIndex);
    }

    /** The id of step {@code stepIndex} of a policy version executed for an installment. */
    public static String derivedStep(String tenantId, String invoiceId, Integer installmentNumber, String policyId, int policyVersion,
                                     int stepIndex) {
        return derived(tenantId, invoiceId, installmentNumber == null ? "-" : installmentNumber.toString(), policyId,
                Integer.toString(policyVersion), Integer.toString(stepIndex));
    }

    /** An id derived from its parts alone, for events that follow from executed steps (one reminder for several). */
    public static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
