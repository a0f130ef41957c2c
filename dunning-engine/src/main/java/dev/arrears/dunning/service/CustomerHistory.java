package dev.arrears.dunning.service;

import dev.arrears.dunning.domain.assignment.CustomerSegment;
import dev.arrears.dunning.domain.assignment.PolicyAssignment;
import dev.arrears.dunning.domain.fee.BalanceHistory;
import dev.arrears.dunning.domain.fee.FeeState;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.run.Debtor;
import dev.arrears.dunning.domain.run.ItemKey;
import dev.arrears.dunning.domain.run.Pause;
import dev.arrears.dunning.domain.simulation.PausePeriod;
import dev.arrears.dunning.domain.simulation.SimulatedItem;
import dev.arrears.dunning.repository.DunningFacts;
import dev.arrears.dunning.repository.Holds;
import dev.arrears.dunning.repository.PolicyStore;
import dev.arrears.dunning.repository.RunStore;
import dev.arrears.dunning.run.DunningConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A customer's history as the engine learnt it from invoice events, read for a what-if: where they are, every item
 * with how its open amount moved (settled items too: they were dunned once), and the holds people placed. Reads only.
 *
 * <p>Disputes, promises to pay and payment plans are not replayed: the engine keeps them as they stand now, not since
 * when, so a replay of the past could only apply today's to every day.
 */
@ApplicationScoped
public class CustomerHistory {

    /** The customer and their items; {@code segment} is what their policy is assigned on. */
    public record Replay(Debtor debtor, CustomerSegment segment, List<SimulatedItem> items) {
    }

    private final RunStore store;
    private final DunningFacts facts;
    private final Holds holds;
    private final PolicyStore policies;
    private final DunningConfig config;

    CustomerHistory(RunStore store, DunningFacts facts, Holds holds, PolicyStore policies, DunningConfig config) {
        this.store = store;
        this.facts = facts;
        this.holds = holds;
        this.policies = policies;
        this.config = config;
    }

    /** Empty when no event ever named the customer. */
    public Uni<Optional<Replay>> of(String tenantId, String customerId) {
        return store.profile(tenantId, customerId, config.defaultTimeZone(), config.defaultCountry())
                .chain(profile -> facts.itemsOfCustomer(tenantId, customerId)
                .chain(items -> store.feeStates(tenantId, customerId)
                .chain(fees -> holds.ofCustomer(tenantId, customerId).map(placed -> {
                    if (!profile.known() && items.isEmpty()) {
                        return Optional.<Replay>empty();
                    }
                    ZoneId zone = profile.debtor().zone();
                    Map<String, Long> installments = items.stream()
                            .collect(Collectors.groupingBy(DunningFacts.Item::invoiceId, Collectors.counting()));
                    List<SimulatedItem> simulated = items.stream()
                            .map(item -> simulated(tenantId, item, installments.get(item.invoiceId()).intValue(), fees,
                                    pausesOf(item.invoiceId(), placed, zone))).toList();
                    return Optional.of(new Replay(profile.debtor(), profile.segment(), simulated));
                }))));
    }

    /** The latest version of the policy the customer's new items are dunned under today. */
    public Uni<DunningPolicy> policyInForce(String tenantId, String customerId, CustomerSegment segment) {
        return policies.rules(tenantId).chain(rules -> policies.override(tenantId, customerId).chain(override -> {
            String chosen = PolicyAssignment.choose(rules, override.orElse(null), segment);
            return policies.latest(tenantId, chosen).map(latest -> latest.orElseThrow(() -> new IllegalStateException(
                    "policy " + chosen + " assigned to customer " + customerId + " of tenant " + tenantId + " does not exist")));
        }));
    }

    private static SimulatedItem simulated(String tenantId, DunningFacts.Item item, int installments, Map<ItemKey, FeeState> fees,
                                           List<PausePeriod> pauses) {
        FeeState fee = fees.get(new ItemKey(item.invoiceId(), item.installmentNumber()));
        // Items recorded before balances were kept have only today's open amount, taken as open since the issue date.
        BalanceHistory history = fee == null ? BalanceHistory.of(item.issueDate(), item.openAmount()) : fee.history();
        ItemFacts template = new ItemFacts(tenantId, item.customerId(), item.invoiceId(), item.invoiceNumber(), item.installmentNumber(),
                item.issueDate(), item.dueDate(), item.currency(), item.openAmount(), BigDecimal.ZERO, null, item.closed(), installments);
        return new SimulatedItem(template, history, pauses);
    }

    /**
     * The holds on an invoice (or on all the customer's items), in the engine's precedence: the one lasting longest
     * first. A hold is in force from the day it was placed until the day before it was released.
     */
    private static List<PausePeriod> pausesOf(String invoiceId, List<Holds.Hold> placed, ZoneId zone) {
        return placed.stream().filter(hold -> hold.invoiceId() == null || hold.invoiceId().equals(invoiceId))
                .sorted(Comparator.comparing(Holds.Hold::until, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder())))
                .map(hold -> new PausePeriod(LocalDate.ofInstant(hold.createdAt(), zone),
                        hold.releasedAt() == null ? null : LocalDate.ofInstant(hold.releasedAt(), zone),
                        new Pause(hold.holdId(), hold.reason(), hold.until(), hold.note())))
                .toList();
    }
}
