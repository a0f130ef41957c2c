package dev.arrears.analytics;

import dev.arrears.contracts.ArrearsEvent;
import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.contracts.dunning.EscalationKind;
import dev.arrears.contracts.dunning.EscalationRaised;
import dev.arrears.contracts.dunning.PolicyStep;
import dev.arrears.contracts.dunning.ReminderDue;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.contracts.invoice.CreditNoteIssued;
import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.invoice.DisputeOpened;
import dev.arrears.contracts.invoice.DisputeResolved;
import dev.arrears.contracts.invoice.InvoiceAdjusted;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.InvoiceVoided;
import dev.arrears.contracts.invoice.InvoiceWrittenOff;
import dev.arrears.contracts.invoice.PaymentReceived;
import dev.arrears.contracts.invoice.PaymentReversed;
import dev.arrears.contracts.invoice.PromiseToPayMade;
import dev.arrears.contracts.notification.NotificationBounced;
import dev.arrears.contracts.notification.NotificationClicked;
import dev.arrears.contracts.notification.NotificationDelivered;
import dev.arrears.contracts.notification.NotificationOpened;
import dev.arrears.contracts.notification.NotificationSent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Schema-valid events of one tenant's customer, in EUR unless told, for hand-worked examples. */
public record Facts(String tenantId, String customerId, String currency) {

    public static Facts of(String tenantId, String customerId) {
        return new Facts(tenantId, customerId, "EUR");
    }

    public Facts in(String otherCurrency) {
        return new Facts(tenantId, customerId, otherCurrency);
    }

    public Money money(String amount) {
        return Money.of(amount, currency);
    }

    /** An invoice payable at once on {@code due}. */
    public InvoiceIssued invoice(String invoiceId, String issued, String due, String amount) {
        return new InvoiceIssued(tenantId, customerId, invoiceId, "N-" + invoiceId, LocalDate.parse(issued), LocalDate.parse(due),
                money(amount), Money.zero(currency), money(amount),
                List.of(new InvoiceIssued.Installment(1, LocalDate.parse(due), money(amount))));
    }

    /** An invoice in installments given as due date, amount, due date, amount… */
    public InvoiceIssued invoiceInInstallments(String invoiceId, String issued, String... dueAndAmount) {
        List<InvoiceIssued.Installment> installments = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < dueAndAmount.length; i += 2) {
            installments.add(new InvoiceIssued.Installment(i / 2 + 1, LocalDate.parse(dueAndAmount[i]), money(dueAndAmount[i + 1])));
            total = total.add(new BigDecimal(dueAndAmount[i + 1]));
        }
        Money sum = new Money(total, currency);
        return new InvoiceIssued(tenantId, customerId, invoiceId, "N-" + invoiceId, LocalDate.parse(issued),
                installments.get(installments.size() - 1).dueDate(), sum, Money.zero(currency), sum, installments);
    }

    public InvoiceAdjusted adjusted(String invoiceId, String due, String amount) {
        return new InvoiceAdjusted(tenantId, customerId, invoiceId, "N-" + invoiceId, "price corrected", LocalDate.parse(due),
                money(amount), Money.zero(currency), money(amount),
                List.of(new InvoiceIssued.Installment(1, LocalDate.parse(due), money(amount))));
    }

    public InvoiceVoided voided(String invoiceId, String open) {
        return new InvoiceVoided(tenantId, customerId, invoiceId, "N-" + invoiceId, "issued in error", money(open));
    }

    public InvoiceWrittenOff writtenOff(String invoiceId, String amount, String openAfter) {
        return new InvoiceWrittenOff(tenantId, customerId, invoiceId, "N-" + invoiceId, "insolvent", money(amount), money(openAfter));
    }

    /** A payment of {@code amount} on {@code valueDate} applied to one invoice (no installment named). */
    public PaymentReceived payment(String paymentId, String valueDate, String invoiceId, String amount) {
        return payment(paymentId, valueDate, List.of(allocation(invoiceId, null, amount)));
    }

    public PaymentReceived payment(String paymentId, String valueDate, List<PaymentReceived.Allocation> allocations) {
        BigDecimal total = allocations.stream().map(a -> a.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PaymentReceived(tenantId, customerId, paymentId, new Money(total, currency), LocalDate.parse(valueDate),
                Instant.parse(valueDate + "T12:00:00Z"), "BANK_TRANSFER", "ref " + paymentId, allocations, Money.zero(currency));
    }

    public PaymentReceived.Allocation allocation(String invoiceId, Integer installment, String amount) {
        return new PaymentReceived.Allocation(invoiceId, installment, money(amount), Money.zero(currency));
    }

    public PaymentReversed reversal(String reversalId, String paymentId, String reversedAt, String invoiceId, String amount) {
        return new PaymentReversed(tenantId, customerId, paymentId, reversalId, "BOUNCED", money(amount),
                Instant.parse(reversedAt), List.of(allocation(invoiceId, null, amount)), Money.zero(currency));
    }

    public CreditNoteIssued creditNote(String creditNoteId, String issued, String invoiceId, String amount) {
        return new CreditNoteIssued(tenantId, customerId, creditNoteId, "CN-" + creditNoteId, LocalDate.parse(issued), money(amount),
                "returned goods", List.of(allocation(invoiceId, null, amount)), Money.zero(currency));
    }

    public DisputeOpened disputeOpened(String disputeId, String invoiceId, String amount, String at) {
        return new DisputeOpened(tenantId, customerId, disputeId, invoiceId, "N-" + invoiceId, money(amount), "damaged", null,
                Instant.parse(at));
    }

    public DisputeResolved disputeResolved(String disputeId, String invoiceId, String amount, String at) {
        return new DisputeResolved(tenantId, customerId, disputeId, invoiceId, "N-" + invoiceId, "REJECTED", money(amount), null,
                Instant.parse(at));
    }

    public PromiseToPayMade promise(String promiseId, String amount, String promisedDate, String madeAt, String... invoiceIds) {
        return new PromiseToPayMade(tenantId, customerId, promiseId, money(amount), LocalDate.parse(promisedDate),
                List.of(invoiceIds), "collector-call", Instant.parse(madeAt));
    }

    public CustomerUpserted customer(String size, String riskClass, String timeZone) {
        return new CustomerUpserted(tenantId, customerId, "ERP-" + customerId, "Customer " + customerId, List.of("ap@example.com"),
                List.of(), "en", timeZone, "DE", new CustomerUpserted.Segment("Retail", size, List.of(), riskClass),
                new CustomerUpserted.Consent(true, false, false), 30);
    }

    public ReminderDue reminder(String reminderId, String at, String stepName, Tone tone, String template, Channel channel,
            String invoiceId, String due, String open) {
        DunnedItem item = new DunnedItem(invoiceId, "N-" + invoiceId, null, LocalDate.parse(due), 1, money(open), 1);
        return new ReminderDue(tenantId, customerId, reminderId, new PolicyStep("default", 1, 1, stepName), tone, template, "en",
                List.of(channel), List.of(item), List.of(money(open)), Instant.parse(at));
    }

    public EscalationRaised escalation(String escalationId, String stepName, EscalationKind kind, String invoiceId, String due,
            String open) {
        DunnedItem item = new DunnedItem(invoiceId, "N-" + invoiceId, null, LocalDate.parse(due), 30, money(open), 3);
        return new EscalationRaised(tenantId, customerId, escalationId, kind, new PolicyStep("default", 1, 4, stepName), "overdue",
                List.of(item), "collections", null);
    }

    /** One message's lifecycle event: {@code kind} SENT, DELIVERED, OPENED, CLICKED or BOUNCED at {@code at}. */
    public ArrearsEvent message(String kind, String messageId, Channel channel, String template, String stepName,
            String at) {
        String address = channel == Channel.EMAIL ? "a***@example.com" : "+49*********789";
        String hash = "0".repeat(64);
        PolicyStep step = new PolicyStep("default", 1, 1, stepName);
        String used = template + "/en/FIRM/" + channel.name().toLowerCase(Locale.ROOT);
        Instant time = Instant.parse(at);
        return switch (kind) {
            case "SENT" -> new NotificationSent(tenantId, customerId, messageId, "rem-1", channel, address, hash, "sendgrid", null,
                    used, step, time);
            case "DELIVERED" -> new NotificationDelivered(tenantId, customerId, messageId, "rem-1", channel, address, hash, "sendgrid",
                    null, used, step, time);
            case "OPENED" -> new NotificationOpened(tenantId, customerId, messageId, "rem-1", channel, address, hash, "sendgrid", null,
                    used, step, time);
            case "CLICKED" -> new NotificationClicked(tenantId, customerId, messageId, "rem-1", channel, address, hash, "sendgrid",
                    null, used, step, "https://pay.example.com/i/1", time);
            case "BOUNCED" -> new NotificationBounced(tenantId, customerId, messageId, "rem-1", channel, address, hash, "sendgrid",
                    null, used, step, "550 no such user", time);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
