package dev.arrears.notification.render;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.dunning.DunnedItem;
import dev.arrears.notification.message.Fee;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.RenderRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Builds the {@link MessageModel} of a request: items sorted and formatted, totals summed per currency, dates in the customer's zone. */
final class MessageModels {

    private MessageModels() {
    }

    /**
     * @param language the language being rendered (after fallback); numbers and dates follow it with the customer's region
     * @param labels the fixed words in that language
     */
    static MessageModel build(RenderRequest request, String language, Labels labels, Branding brand, Clock clock) {
        Recipient recipient = request.recipient();
        Formats formats = new Formats(Languages.formatting(language, Languages.normalize(recipient.language()), recipient.country()));
        ZoneId zone = recipient.zone() == null ? ZoneOffset.UTC : recipient.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));

        List<DunnedItem> items = request.items().stream()
                .sorted(Comparator.comparing(DunnedItem::dueDate).thenComparing(DunnedItem::invoiceNumber)).toList();
        List<ItemLine> lines = items.stream().map(i -> line(i, formats, labels)).toList();
        List<Money> totals = Formats.sums(items.stream().map(DunnedItem::openAmount).toList());
        List<Money> feeTotals = Formats.sums(request.fees().stream().map(Fee::amount).toList());
        List<Money> due = new ArrayList<>(totals);
        due.addAll(feeTotals);
        List<Money> amountDue = Formats.sums(due);

        String customerId = Objects.toString(recipient.customerId(), "");
        String link = brand.paymentLinkFor(recipient.tenantId(), customerId);
        return new MessageModel(language,
                recipient.name() == null || recipient.name().isBlank() ? customerId : recipient.name().strip(),
                customerId,
                recipient.country() == null ? "" : recipient.country().strip().toUpperCase(Locale.ROOT),
                brand.senderName(),
                lines,
                lines.isEmpty() ? null : lines.get(0),
                items.stream().mapToInt(DunnedItem::daysOverdue).max().orElse(0),
                formats.moneys(totals, false),
                formats.moneys(request.totalsOverdue(), false),
                request.fees().stream().map(f -> fee(f, formats, labels)).toList(),
                formats.moneys(feeTotals, false),
                formats.moneys(amountDue, false),
                formats.moneys(amountDue, true),
                formats.longDate(today),
                formats.longDate(today.plusDays(brand.paymentDays())),
                formats.date(today.plusDays(brand.paymentDays())),
                link == null ? "" : link,
                PostalLines.of(recipient.postalAddress(), brand.homeCountry()),
                brand);
    }

    private static ItemLine line(DunnedItem item, Formats formats, Labels labels) {
        String reference = item.installmentNumber() == null ? item.invoiceNumber()
                : labels.installment(item.invoiceNumber(), item.installmentNumber());
        int days = item.daysOverdue();
        String status = days > 0 ? labels.overdueBy(days) : days == 0 ? labels.dueToday() : labels.dueIn(-days);
        return new ItemLine(item.invoiceNumber(), reference, formats.date(item.dueDate()), formats.longDate(item.dueDate()), days, status,
                formats.money(item.openAmount()), days > 0);
    }

    private static FeeLine fee(Fee fee, Formats formats, Labels labels) {
        String reference = fee.installmentNumber() == null ? fee.invoiceNumber() : labels.installment(fee.invoiceNumber(), fee.installmentNumber());
        String label = switch (fee.kind()) {
            case FIXED -> labels.feeFixed();
            case PERCENTAGE -> labels.feePercentage();
            case STATUTORY_COMPENSATION -> labels.feeStatutory();
            case INTEREST -> labels.feeInterest();
        };
        return new FeeLine(reference, label, formats.money(fee.amount()));
    }
}
