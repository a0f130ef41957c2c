package dev.arrears.analytics.domain.timeline;

import dev.arrears.analytics.domain.ledger.Installment;
import dev.arrears.analytics.domain.ledger.ItemFacts;
import dev.arrears.analytics.domain.ledger.Movement;
import dev.arrears.analytics.domain.ledger.Terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An invoice's history replayed from its facts in event time: the open amount of each installment at the
 * end of every day something moved, and what each payment, credit note and write-off was applied to.
 *
 * <p>Movements count on their own day, or on the issue day if they are dated before it. Within a day they
 * apply in a fixed order (payments, credits, write-offs, then reversals), so the result does not depend
 * on the order the events arrived in. A movement naming an installment reduces it first and spills the
 * rest oldest due first; one naming none goes oldest due first; what exceeds the open amount is not part
 * of the receivables (the invoice service keeps it as unapplied credit). A void closes what is left.
 */
public final class ItemTimeline {

    private static final List<Movement.Kind> ORDER = List.of(Movement.Kind.PAYMENT, Movement.Kind.CREDIT,
            Movement.Kind.WRITE_OFF, Movement.Kind.REVERSAL);

    private final String currency;
    private final LocalDate issueDate;
    private final List<Installment> installments;
    private final NavigableMap<LocalDate, BigDecimal[]> openAtEndOf = new TreeMap<>();
    private final List<Applied> applied = new ArrayList<>();
    private LocalDate voidDay;
    private BigDecimal voidedOpen = BigDecimal.ZERO;

    private ItemTimeline(String currency, Terms terms) {
        this.currency = currency;
        this.issueDate = terms.issueDate();
        this.installments = terms.installments();
    }

    /** The replayed history, or empty while the invoice itself is unknown. */
    public static Optional<ItemTimeline> of(ItemFacts facts, ZoneId zone) {
        Terms terms = facts.terms();
        if (terms == null || terms.installments().isEmpty()) {
            return Optional.empty();
        }
        ItemTimeline timeline = new ItemTimeline(facts.currency(), terms);
        timeline.replay(facts, zone);
        return Optional.of(timeline);
    }

    private void replay(ItemFacts facts, ZoneId zone) {
        BigDecimal[] open = installments.stream().map(Installment::amount).toArray(BigDecimal[]::new);
        openAtEndOf.put(issueDate, open.clone());
        List<Map.Entry<String, Movement>> movements = new ArrayList<>(facts.movements().entrySet());
        movements.sort(Comparator.<Map.Entry<String, Movement>, LocalDate>comparing(e -> day(e.getValue(), zone))
                .thenComparingInt(e -> ORDER.indexOf(e.getValue().kind()))
                .thenComparing(Map.Entry::getKey));
        LocalDate voided = facts.voidedAt() == null ? null : max(LocalDate.ofInstant(facts.voidedAt(), zone), issueDate);
        for (Map.Entry<String, Movement> entry : movements) {
            Movement movement = entry.getValue();
            LocalDate day = day(movement, zone);
            if (voided != null && voided.isBefore(day)) {
                closeOn(voided, open);
                voided = null;
            }
            Integer index = indexOf(movement.installment());
            if (movement.kind() == Movement.Kind.REVERSAL) {
                reopen(open, index, movement.amount());
                takeBack(movement.paymentId(), index, movement.amount());
            } else {
                reduce(open, index, movement, day);
            }
            openAtEndOf.put(day, open.clone());
        }
        if (voided != null) {
            closeOn(voided, open);
        }
    }

    private LocalDate day(Movement movement, ZoneId zone) {
        return max(movement.day(zone), issueDate);
    }

    private void closeOn(LocalDate day, BigDecimal[] open) {
        voidDay = day;
        voidedOpen = Arrays.stream(open).reduce(BigDecimal.ZERO, BigDecimal::add);
        Arrays.fill(open, BigDecimal.ZERO);
        openAtEndOf.put(day, open.clone());
    }

    private void reduce(BigDecimal[] open, Integer index, Movement movement, LocalDate day) {
        BigDecimal left = movement.amount();
        for (int i : preferring(index)) {
            BigDecimal part = left.min(open[i]);
            if (part.signum() > 0) {
                open[i] = open[i].subtract(part);
                left = left.subtract(part);
                applied.add(new Applied(movement.kind(), day, i, part, movement.paymentId()));
            }
        }
    }

    private void reopen(BigDecimal[] open, Integer index, BigDecimal amount) {
        BigDecimal left = amount;
        for (int i : preferring(index)) {
            BigDecimal part = left.min(installments.get(i).amount().subtract(open[i]));
            if (part.signum() > 0) {
                open[i] = open[i].add(part);
                left = left.subtract(part);
            }
        }
    }

    /** A reversed payment did not pay: its applied parts shrink, latest first, so timing counts money that stayed. */
    private void takeBack(String paymentId, Integer index, BigDecimal amount) {
        BigDecimal left = amount;
        for (int k = applied.size() - 1; k >= 0 && left.signum() > 0; k--) {
            Applied part = applied.get(k);
            if (part.kind() == Movement.Kind.PAYMENT && part.paymentId() != null && part.paymentId().equals(paymentId)
                    && (index == null || part.installment() == index)) {
                BigDecimal taken = left.min(part.amount());
                applied.set(k, part.less(taken));
                left = left.subtract(taken);
            }
        }
        applied.removeIf(part -> part.amount().signum() == 0);
    }

    /** The named installment first, then all in due order. */
    private int[] preferring(Integer index) {
        int[] order = new int[installments.size()];
        int next = 0;
        if (index != null) {
            order[next++] = index;
        }
        for (int i = 0; i < installments.size(); i++) {
            if (index == null || i != index) {
                order[next++] = i;
            }
        }
        return order;
    }

    private Integer indexOf(Integer installmentNumber) {
        if (installmentNumber == null) {
            return null;
        }
        for (int i = 0; i < installments.size(); i++) {
            if (installments.get(i).number() == installmentNumber) {
                return i;
            }
        }
        return null;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public String currency() {
        return currency;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    /** Installments oldest due first; {@link Applied#installment()} indexes this list. */
    public List<Installment> installments() {
        return installments;
    }

    /** What the invoice asks for in total: the credit sale. */
    public BigDecimal amount() {
        return installments.stream().map(Installment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Open amount per installment at the end of {@code day}; {@code null} before the invoice was issued. */
    public BigDecimal[] openAt(LocalDate day) {
        Map.Entry<LocalDate, BigDecimal[]> entry = openAtEndOf.floorEntry(day);
        return entry == null ? null : entry.getValue().clone();
    }

    public BigDecimal totalOpenAt(LocalDate day) {
        BigDecimal[] open = openAt(day);
        return open == null ? BigDecimal.ZERO : Arrays.stream(open).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The days on which the open amount may have changed, issue day first. */
    public List<LocalDate> changeDays() {
        return List.copyOf(openAtEndOf.keySet());
    }

    /** Every part applied, in the order applied. */
    public List<Applied> applied() {
        return List.copyOf(applied);
    }

    /** The day the invoice was voided, or {@code null}. */
    public LocalDate voidDay() {
        return voidDay;
    }

    /** The open amount the void cancelled. */
    public BigDecimal voidedOpen() {
        return voidedOpen;
    }
}
