package dev.arrears.dunning.domain.policy;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The default ladder for an invoice issued 2026-10-01 and due 2026-10-31, day by day. */
class StepPlannerTest {

    private static final DunningPolicy DEFAULT = DefaultPolicy.v1();

    @ParameterizedTest(name = "{0} with steps {1} executed: {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-10-02 |                   | WAITING |                     |  | 2026-10-04
            2026-10-04 |                   | DUE     | courtesy            |  | 2026-10-24
            2026-10-20 | 0                 | WAITING |                     |  | 2026-10-24
            2026-10-24 | 0                 | DUE     | due-in-7            |  | 2026-10-31
            2026-10-31 | 0 1               | DUE     | due-today           |  | 2026-11-14
            2026-11-14 | 0 1 2             | DUE     | overdue-14          |  | 2026-11-30
            2026-11-30 | 0 1 2 3           | DUE     | overdue-30          |  | 2026-12-15
            2026-12-20 |                   | DUE     | collector-call      | 0 1 2 3 4 5 | 2026-12-30
            2026-12-20 | 0 1 2             | DUE     | collector-call      | 3 4 5 | 2026-12-30
            2027-01-14 | 0 1 2 3 4 5 6 7   | DUE     | agency-handoff      |  |
            2027-06-01 | 0 1 2 3 4 5 6 7 8 | DONE    |                     |  |
            """)
    void followsTheLadderAndNeverSendsTwoStepsOnOneDay(LocalDate today, String executed, Decision.Kind kind, String stepName,
                                                       String skipped, LocalDate nextDate) {
        Decision decision = StepPlanner.decide(item("100.00", "0", null, false), DEFAULT, indexes(executed), null, null, today);

        assertThat(decision.kind()).isEqualTo(kind);
        assertThat(decision.step() == null ? null : decision.step().name()).isEqualTo(stepName);
        assertThat(decision.skipped()).containsExactlyElementsOf(indexes(skipped).stream().sorted().toList());
        assertThat(decision.nextDate()).isEqualTo(nextDate);
    }

    @Test
    void nothingAfterPaymentVoidOrWriteOff() {
        Decision decision = StepPlanner.decide(item("100.00", "0", null, true), DEFAULT, Set.of(0, 1), null, null,
                LocalDate.parse("2026-11-14"));

        assertThat(decision.kind()).isEqualTo(Decision.Kind.DONE);
        assertThat(decision.reason()).isEqualTo("settled");
        assertThat(StepPlanner.decide(item("0.00", "0", null, false), DEFAULT, Set.of(), null, null,
                LocalDate.parse("2026-11-14")).kind()).isEqualTo(Decision.Kind.DONE);
    }

    @Test
    void disputesExcludeOnlyTheDisputedAmount() {
        Decision partly = StepPlanner.decide(item("100.00", "60.00", null, false), DEFAULT, Set.of(0, 1, 2), null, null,
                LocalDate.parse("2026-11-14"));
        Decision fully = StepPlanner.decide(item("100.00", "100.00", null, false), DEFAULT, Set.of(0, 1, 2), null, null,
                LocalDate.parse("2026-11-14"));

        assertThat(partly.kind()).isEqualTo(Decision.Kind.DUE);
        assertThat(fully.kind()).isEqualTo(Decision.Kind.DONE);
        assertThat(fully.reason()).isEqualTo("the whole open amount is disputed");
    }

    @Test
    void aPromisePausesAndABrokenOneResumesWithTheHighestStepDue() {
        ItemFacts promised = item("100.00", "0", LocalDate.parse("2026-12-05"), false);

        Decision during = StepPlanner.decide(promised, DEFAULT, Set.of(0, 1, 2), null, null, LocalDate.parse("2026-12-01"));
        Decision after = StepPlanner.decide(promised, DEFAULT, Set.of(0, 1, 2), null, null, LocalDate.parse("2026-12-06"));

        assertThat(during.kind()).isEqualTo(Decision.Kind.PAUSED);
        assertThat(during.nextDate()).isEqualTo(LocalDate.parse("2026-12-06"));
        assertThat(after.kind()).isEqualTo(Decision.Kind.DUE);
        assertThat(after.step().name()).isEqualTo("overdue-30");
        assertThat(after.skipped()).containsExactly(3);
    }

    @Test
    void conditionsSkipAStepThatIsNotWorthAContact() {
        PolicyStep small = new PolicyStep("only-large", Anchor.DUE_DATE, 0, List.of(Channel.EMAIL), "t", Tone.FIRM,
                List.of(StepAction.SEND_REMINDER), new StepConditions(Map.of("EUR", new BigDecimal("50.00")), Set.of(), null), null, null);
        DunningPolicy policy = new DunningPolicy("p", 1, "p", List.of(small), null, null);

        Decision decision = StepPlanner.decide(item("20.00", "0", null, false), policy, Set.of(), null, null, LocalDate.parse("2026-10-31"));

        assertThat(decision.kind()).isEqualTo(Decision.Kind.WAITING);
        assertThat(decision.reason()).isEqualTo("step only-large does not apply (conditions)");
    }

    @Test
    void anEndlessPolicyRepeatsItsLastStep() {
        PolicyStep remind = new PolicyStep("monthly", Anchor.DUE_DATE, 7, List.of(Channel.EMAIL), "t", Tone.FIRM,
                List.of(StepAction.SEND_REMINDER), null, null, null);
        DunningPolicy endless = new DunningPolicy("endless", 1, "endless", List.of(remind), 30, null);

        Decision first = StepPlanner.decide(item("10.00", "0", null, false), endless, Set.of(0), null, null, LocalDate.parse("2026-11-20"));
        Decision repeat = StepPlanner.decide(item("10.00", "0", null, false), endless, Set.of(0), null, null, LocalDate.parse("2026-12-07"));

        assertThat(first.kind()).isEqualTo(Decision.Kind.WAITING);
        assertThat(first.nextDate()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(repeat.kind()).isEqualTo(Decision.Kind.DUE);
        assertThat(repeat.stepIndex()).isEqualTo(1);
        assertThat(repeat.step().name()).isEqualTo("monthly");
    }

    @Test
    void theSameFactsAlwaysGiveTheSameDecisionAndStepId() {
        ItemFacts item = item("100.00", "0", null, false);
        LocalDate day = LocalDate.parse("2026-12-20");

        assertThat(StepPlanner.decide(item, DEFAULT, Set.of(0), "HIGH", 3, day))
                .isEqualTo(StepPlanner.decide(item, DEFAULT, Set.of(0), "HIGH", 3, day));
        assertThat(StepIds.of(item, DEFAULT, 6)).isEqualTo(StepIds.of(item, DEFAULT, 6)).isNotEqualTo(StepIds.of(item, DEFAULT, 5));
    }

    @Test
    void theDefaultPolicyIsValidAndBrokenPoliciesSayWhy() {
        assertThat(DEFAULT.problems()).isEmpty();
        DunningPolicy broken = new DunningPolicy("", 0, "x", List.of(new PolicyStep("call", Anchor.DUE_DATE, 5, List.of(), null, null,
                List.of(StepAction.CREATE_CALL_TASK, StepAction.SEND_REMINDER), null, null, null)), 0, null);

        assertThat(broken.problems()).containsExactly(
                "id is required",
                "version starts at 1",
                "steps[0] sends a reminder: it needs channels, a templateId and a tone",
                "steps[0] creates a call task: it needs a callTeam and taskDueInDays",
                "repeatLastEveryDays must be at least 1");
    }

    private static ItemFacts item(String open, String disputed, LocalDate pausedUntil, boolean closed) {
        return new ItemFacts("acme", "C-1", "inv-1", "INV-1", null, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"),
                "EUR", new BigDecimal(open), new BigDecimal(disputed), pausedUntil, closed);
    }

    private static Set<Integer> indexes(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.trim().split("\\s+")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
