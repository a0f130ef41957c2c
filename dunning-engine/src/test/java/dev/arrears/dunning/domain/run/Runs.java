package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.dunning.domain.policy.DefaultPolicy;
import dev.arrears.dunning.domain.policy.DunningPolicy;
import dev.arrears.dunning.domain.policy.ItemFacts;
import dev.arrears.dunning.domain.schedule.ContactCap;
import dev.arrears.dunning.domain.schedule.SendWindow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Test fixtures for customer runs: tenant {@code acme}'s customer {@code C-1}, invoices of one installment in EUR under
 * the default ladder, the settings, and short ways to write them.
 */
final class Runs {

    static final String TENANT = "acme";
    static final String CUSTOMER = "C-1";
    static final DunningPolicy DEFAULT = DefaultPolicy.v1();
    /** Consent and a usable address for every channel. */
    static final String EVERY_CHANNEL = "EMAIL SMS VOICE CALL_TASK LETTER";
    /** At most 3 contacts in any 7 days. */
    static final ContactCap THREE_PER_WEEK = ContactCap.of(3, Duration.ofDays(7));

    private Runs() {
    }

    /** 09:00-17:00 local on business days, 3 contacts per 7 days, with the given grouping of reminders. */
    static RunSettings settings(RunSettings.Consolidation consolidation) {
        return new RunSettings(SendWindow.DEFAULT, THREE_PER_WEEK, consolidation);
    }

    static RunSettings perCustomer() {
        return settings(RunSettings.Consolidation.PER_CUSTOMER);
    }

    static CustomerRun run(RunSettings settings) {
        return new CustomerRun(settings, LateFees.NONE);
    }

    /** A German-speaking customer living in {@code zone}, reachable on the space-separated channels. */
    static Debtor debtor(String zone, String country, String reachable) {
        return new Debtor(TENANT, CUSTOMER, "de", ZoneId.of(zone), country, null, Set.copyOf(channelList(reachable)));
    }

    static Debtor berlin() {
        return debtor("Europe/Berlin", "DE", EVERY_CHANNEL);
    }

    /** Invoice {@code number} (id {@code inv-<number>}), one installment, nothing paid or disputed. */
    static ItemFacts invoice(String number, String issued, String due, String open) {
        return new ItemFacts(TENANT, CUSTOMER, "inv-" + number, number, 1, LocalDate.parse(issued), LocalDate.parse(due), "EUR",
                new BigDecimal(open), BigDecimal.ZERO, null, false);
    }

    /** An invoice issued 30 days before it is due. */
    static ItemFacts invoice(String number, LocalDate due, String open) {
        return invoice(number, due.minusDays(30).toString(), due.toString(), open);
    }

    static ItemFacts withAmounts(ItemFacts f, String open, String disputed, boolean closed) {
        return new ItemFacts(f.tenantId(), f.customerId(), f.invoiceId(), f.invoiceNumber(), f.installmentNumber(), f.issueDate(),
                f.dueDate(), f.currency(), new BigDecimal(open), new BigDecimal(disputed), f.pausedUntil(), closed);
    }

    static ItemFacts paidDownTo(ItemFacts f, String open) {
        return withAmounts(f, open, "0", f.closed());
    }

    static RunItem item(ItemFacts facts, Set<Integer> recorded) {
        return new RunItem(facts, DEFAULT, recorded, null, null);
    }

    static RunItem item(ItemFacts facts, Set<Integer> recorded, Pause pause, Pause previousPause) {
        return new RunItem(facts, DEFAULT, recorded, pause, previousPause);
    }

    static int index(String stepName) {
        return IntStream.range(0, DEFAULT.steps().size()).filter(i -> DEFAULT.steps().get(i).name().equals(stepName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no step " + stepName));
    }

    /** The indexes of the default ladder's steps before the named one: what has run when that step comes due. */
    static Set<Integer> before(String stepName) {
        return IntStream.range(0, index(stepName)).boxed().collect(Collectors.toUnmodifiableSet());
    }

    /** The due date that puts the named step of the default ladder on {@code day}. */
    static LocalDate dueDateFor(String stepName, LocalDate day) {
        return day.minusDays(DEFAULT.steps().get(index(stepName)).offsetDays());
    }

    static ItemKey key(ItemFacts facts) {
        return new ItemKey(facts.invoiceId(), facts.installmentNumber());
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** Ten in the morning in the customer's zone: inside the send window. */
    static Instant tenAm(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** How the item shows in a reminder or escalation on {@code today}. */
    static DunnedItem dunned(ItemFacts f, String amount, int level, LocalDate today) {
        return new DunnedItem(f.invoiceId(), f.invoiceNumber(), f.installmentNumber(), f.dueDate(),
                (int) ChronoUnit.DAYS.between(f.dueDate(), today), eur(amount), level);
    }

    static List<Channel> channelList(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of()
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).map(Channel::valueOf).toList();
    }

    static List<Instant> instants(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank() ? List.of()
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).map(Instant::parse).toList();
    }

    static List<ReminderDue> reminders(RunResult result) {
        return events(result, ReminderDue.class);
    }

    static List<EscalationRaised> escalations(RunResult result) {
        return events(result, EscalationRaised.class);
    }

    static <T> List<T> events(RunResult result, Class<T> type) {
        return result.emissions().stream().map(RunResult.Emission::event).filter(type::isInstance).map(type::cast).toList();
    }

    static List<String> eventTypes(RunResult result) {
        return result.emissions().stream().map(e -> e.event().getClass().getSimpleName()).toList();
    }
}
