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
        String name = String.join("|", item.tenantId(), item.invoiceId(),
                item.installmentNumber() == null ? "-" : item.installmentNumber().toString(),
                policy.id(), Integer.toString(policy.version()), Integer.toString(stepIndex));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
