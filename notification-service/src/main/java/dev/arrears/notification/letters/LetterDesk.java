package dev.arrears.notification.letters;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.notification.db.NativeSql;
import dev.arrears.notification.dispatch.Blocking;
import dev.arrears.notification.dispatch.Plan;
import dev.arrears.notification.ledger.MessageIds;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;
import dev.arrears.notification.message.RenderedMessage;
import dev.arrears.notification.message.Renderer;
import dev.arrears.notification.render.letter.LetterPdf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts letters in the print queue, rendered and printed to PDF. A customer gets one letter per dunning step: when a
 * reminder and an escalation of the same step both ask for one (the default policy's final notice does), or several
 * reminders of one step do (per-invoice consolidation), their items join the letter still waiting for the print room
 * and it is rendered again; once printed, a letter is final. Runs in the caller's transaction, under a per-customer
 * lock so two replicas never file two letters.
 */
@ApplicationScoped
public class LetterDesk {

    private final Letters letters;
    private final Renderer renderer;
    private final LetterPdf pdf;

    LetterDesk(Letters letters, Renderer renderer, LetterPdf pdf) {
        this.letters = letters;
        this.renderer = renderer;
        this.pdf = pdf;
    }

    /** A letter rendered, and printed to the PDF the print room will print. */
    private record Printed(RenderedMessage message, byte[] pdf) {
    }

    /**
     * Files the plan's items in the customer's letter for the step, rendering it (again).
     *
     * @throws dev.arrears.notification.message.MissingTemplate (as the Uni's failure) when no template can render it
     */
    public Uni<Letter> file(Plan plan, Recipient recipient, Instant now) {
        String key = plan.step() == null ? "source/" + plan.sourceEventId()
                : plan.step().policyId() + "/v" + plan.step().policyVersion() + "/" + plan.step().stepIndex();
        return NativeSql.rows("select count(*), 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked",
                        "letter:" + plan.tenantId() + ":" + plan.customerId())
                .chain(() -> letters.toPrint(plan.tenantId(), plan.customerId(), key))
                .chain(existing -> {
                    if (existing.isPresent() && existing.get().sourceEventIds().contains(plan.sourceEventId())) {
                        return Uni.createFrom().item(existing.get());
                    }
                    List<DunnedItem> items = merge(existing.map(Letter::items).orElse(List.of()), plan.items());
                    RenderRequest request = new RenderRequest(Channel.LETTER, existing.map(Letter::templateId).orElse(plan.templateId()),
                            existing.map(Letter::tone).orElse(plan.tone()), recipient, items, totals(items, plan));
                    return Blocking.call(() -> {
                        RenderedMessage rendered = renderer.render(request);
                        return new Printed(rendered, pdf.render(rendered, recipient));
                    }).chain(printed -> {
                        RenderedMessage rendered = printed.message();
                        List<String> sources = new ArrayList<>(existing.map(Letter::sourceEventIds).orElse(List.of()));
                        sources.add(plan.sourceEventId());
                        Letter letter = new Letter(existing.map(Letter::letterId).orElse(MessageIds.derived("letter", plan.sourceEventId())),
                                plan.tenantId(), plan.customerId(), LetterStatus.TO_PRINT, request.templateId(), request.tone(),
                                recipient.language(), recipient.name(), items, rendered.subject(), rendered.html(), rendered.templateUsed(),
                                sources, existing.map(Letter::createdAt).orElse(now), now, null, null);
                        return (existing.isPresent() ? letters.update(letter, printed.pdf()) : letters.insert(letter, key, printed.pdf()))
                                .replaceWith(letter);
                    });
                });
    }

    /** The letter's items with the plan's, each invoice installment once, the newer facts winning. */
    private static List<DunnedItem> merge(List<DunnedItem> filed, List<DunnedItem> added) {
        Map<String, DunnedItem> byItem = new LinkedHashMap<>();
        filed.forEach(i -> byItem.put(i.invoiceId() + "/" + i.installmentNumber(), i));
        added.forEach(i -> byItem.put(i.invoiceId() + "/" + i.installmentNumber(), i));
        return List.copyOf(byItem.values());
    }

    private static List<dev.arrears.contracts.Money> totals(List<DunnedItem> items, Plan plan) {
        return items.equals(plan.items()) ? plan.totalsOverdue() : Plan.totals(items);
    }
}
