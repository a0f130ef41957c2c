package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.FeeKind;
import dev.arrears.contracts.dunning.LateFeeAssessed;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.dunning.domain.fee.AssessedFee;
import dev.arrears.dunning.domain.fee.BalanceHistory;
import dev.arrears.dunning.domain.fee.FeeCalculator;
import dev.arrears.dunning.domain.fee.FeeContext;
import dev.arrears.dunning.domain.fee.FeeState;
import dev.arrears.dunning.domain.fee.LateFeeRule;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.policy.StepIds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assesses the late fee of the item's policy for one customer's run. Each fee's id is derived from the step
 * and the kind of fee, so a step assesses it once; interest continues from the last assessment's end, and
 * the statutory compensation is owed once per invoice.
 */
public final class LateFeeAssessor implements LateFees {

    private final FeeCalculator calculator;
    private final Map<ItemKey, FeeState> states;
    private final Set<String> compensatedInRun = new HashSet<>();

    public LateFeeAssessor(FeeCalculator calculator, Map<ItemKey, FeeState> states) {
        this.calculator = calculator;
        this.states = states;
    }

    @Override
    public List<LateFeeAssessed> assess(RunItem item, PolicyStep step, String stepId, LocalDate today, Instant now) {
        LateFeeRule rule = item.policy().lateFee();
        if (rule == null) {
            return List.of();
        }
        ItemFacts f = item.facts();
        FeeState state = states.get(item.key());
        BalanceHistory history = state == null ? BalanceHistory.of(f.issueDate(), f.openAmount()) : state.history();
        boolean compensated = state != null && state.compensationAssessed() || compensatedInRun.contains(f.invoiceId());
        FeeContext context = new FeeContext(f.currency(), f.dueDate(), today, f.dunnableAmount(), history,
                state == null ? null : state.interestAccruedUntil(), compensated);
        List<AssessedFee> fees = calculator.assess(rule, context);
        if (fees.stream().anyMatch(fee -> fee.kind() == FeeKind.STATUTORY_COMPENSATION)) {
            compensatedInRun.add(f.invoiceId());
        }
        return fees.stream().map(fee -> new LateFeeAssessed(f.tenantId(), f.customerId(), StepIds.derived("fee", stepId, fee.kind().name()),
                f.invoiceId(), f.invoiceNumber(), f.installmentNumber(), fee.kind(), Money.atCurrencyScale(fee.amount(), f.currency()),
                fee.basis(), fee.periodStart(), fee.periodEnd(), step, now)).toList();
    }
}
