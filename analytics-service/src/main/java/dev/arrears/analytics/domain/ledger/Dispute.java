package dev.arrears.analytics.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** An amount of an invoice the customer contests, from opening until resolution ({@code null} while open). */
public record Dispute(BigDecimal amount, Instant openedAt, Instant resolvedAt) {
}
