package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PolicyStep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Assesses the late fees a step asks for on one item; each fee carries a deterministic id. */
@FunctionalInterface
public interface LateFees {

    LateFees NONE = (item, step, stepId, today, now) -> List.of();

    List<LateFeeAssessed> assess(RunItem item, PolicyStep step, String stepId, LocalDate today, Instant now);
}
