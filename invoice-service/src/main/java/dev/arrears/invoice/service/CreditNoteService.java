package dev.arrears.invoice.service;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.Allocator;
import dev.arrears.invoice.domain.AppliedAmount;
import dev.arrears.invoice.domain.Conflict;
import dev.arrears.invoice.domain.CreditNote;
import dev.arrears.invoice.domain.Identifiers;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.NotFound;
import dev.arrears.invoice.repository.CreditNoteRepository;
import dev.arrears.invoice.repository.CustomerRepository;
import dev.arrears.invoice.repository.InvoiceRepository;
import dev.arrears.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Credit notes reduce what customers owe, on the invoices they name or the oldest ones. */
@ApplicationScoped
public class CreditNoteService {

    private final CreditNoteRepository creditNotes;
    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock;

    CreditNoteService(CreditNoteRepository creditNotes, InvoiceRepository invoices, CustomerRepository customers,
                      Outbox outbox, Clock clock) {
        this.creditNotes = creditNotes;
        this.invoices = invoices;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A credit note as the ERP issues it. */
    public record IssueCreditNote(String customerId, String creditNoteNumber, LocalDate issueDate, Money amount,
                                  String reason, List<Allocator.Instruction> allocations) {
    }

    @WithTransaction
    public Uni<CreditNote> issue(String tenantId, IssueCreditNote command) {
        Identifiers.require("creditNoteNumber", command.creditNoteNumber());
        Identifiers.requireText("reason", command.reason());
        if (command.issueDate() == null) {
            throw new InvalidInput("issueDate", "issueDate is required");
        }
        return customers.requireKnown(tenantId, command.customerId())
                .chain(() -> creditNotes.numberTaken(tenantId, command.creditNoteNumber()))
                .invoke(taken -> {
                    if (taken) {
                        throw new Conflict("credit note " + command.creditNoteNumber() + " already exists");
                    }
                })
                .chain(() -> invoices.allocationTargets(tenantId, command.customerId(), command.allocations()))
                .map(open -> {
                    List<AppliedAmount> applied = Allocator.allocate(command.amount(), command.allocations(), open, clock.instant());
                    return CreditNote.issue(tenantId, command.customerId(), command.creditNoteNumber(), command.issueDate(),
                            command.amount(), command.reason(), applied, clock.instant());
                })
                .chain(creditNotes::persistAndFlush)
                .call(note -> outbox.append(LedgerEvents.creditNote(note), LedgerEvents.subject("credit-note", note.id)));
    }

    @WithSession
    public Uni<CreditNote> get(String tenantId, String id) {
        return creditNotes.findInTenant(tenantId, id).onItem().ifNull().failWith(() -> new NotFound("credit note " + id));
    }
}
