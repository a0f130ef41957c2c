package dev.arrears.analytics.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reminder or escalation that named this invoice (or one installment of it), with what was open then.
 *
 * @param step {@code policyId/stepName}
 * @param tone the reminder's tone, {@code null} for an escalation
 * @param template the reminder's template, {@code null} for an escalation
 * @param channel the first channel a reminder lists, or the kind of an escalation (e.g. {@code CALL_TASK})
 */
public record DunningStep(Instant at, String step, String tone, String template, String channel, Integer installment,
        BigDecimal amount) {
}
