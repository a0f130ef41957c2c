package dev.arrears.dunning.rest;

import dev.arrears.contracts.Money;
import dev.arrears.dunning.repository.DunningFacts;
import dev.arrears.dunning.repository.DunningFacts.Item;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The receivables the engine tracks for one customer, as learnt from invoice events. */
@Path("/api/v1/tenants/{tenantId}/customers/{customerId}/receivables")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivableResource {

    private final DunningFacts facts;

    ReceivableResource(DunningFacts facts) {
        this.facts = facts;
    }

    @GET
    @WithSession
    @Operation(summary = "Receivables tracked for a customer, oldest due first, with their installments")
    public Uni<List<ReceivableView>> list(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId) {
        return facts.itemsOfCustomer(tenantId, customerId).map(ReceivableResource::byInvoice);
    }

    private static List<ReceivableView> byInvoice(List<Item> items) {
        Map<String, List<Item>> invoices = new LinkedHashMap<>();
        items.forEach(item -> invoices.computeIfAbsent(item.invoiceId(), id -> new java.util.ArrayList<>()).add(item));
        return invoices.values().stream().map(ReceivableView::of).toList();
    }

    /** An invoice as the engine tracks it: what is open in total and per installment. */
    public record ReceivableView(String invoiceId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate, Money openAmount,
                                 boolean closed, List<InstallmentView> installments) {
        static ReceivableView of(List<Item> items) {
            Item first = items.get(0);
            String currency = first.currency();
            BigDecimal open = items.stream().map(Item::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate due = items.stream().map(Item::dueDate).max(LocalDate::compareTo).orElseThrow();
            return new ReceivableView(first.invoiceId(), first.invoiceNumber(), first.issueDate(), due,
                    Money.atCurrencyScale(open, currency), items.stream().allMatch(Item::closed),
                    items.stream().map(i -> new InstallmentView(i.installmentNumber(), i.dueDate(),
                            Money.atCurrencyScale(i.amount(), currency), Money.atCurrencyScale(i.openAmount(), currency))).toList());
        }
    }

    /** One installment: its due date, amount, and what is still open. */
    public record InstallmentView(int number, LocalDate dueDate, Money amount, Money openAmount) {
    }
}
