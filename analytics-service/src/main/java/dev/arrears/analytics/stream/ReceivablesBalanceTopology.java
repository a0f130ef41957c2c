package dev.arrears.analytics.stream;

import dev.arrears.contracts.Money;
import dev.arrears.contracts.Topics;
import dev.arrears.contracts.invoice.InvoiceIssued;
import dev.arrears.contracts.invoice.PaymentReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

import java.math.BigDecimal;
import java.util.List;

/**
 * The receivables balance per tenant and currency: every issued invoice adds its open amount, every
 * allocated payment subtracts what it settled. Currencies are never mixed. Malformed records go to this
 * consumer's dead-letter topic with the reason.
 */
@ApplicationScoped
public class ReceivablesBalanceTopology {

    public static final String BALANCE_STORE = "receivables-balance";
    static final String DEAD_LETTERS = Topics.deadLetter(Topics.INVOICE_EVENTS, "analytics-service");

    @Produces
    public Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, ParsedEvent> parsed = builder
                .stream(Topics.INVOICE_EVENTS, Consumed.with(Serdes.String(), Serdes.String()))
                .processValues(EventParser::new);

        parsed.filterNot((key, event) -> event.isValid())
                .mapValues(ParsedEvent::rawPayload)
                .to(DEAD_LETTERS, Produced.with(Serdes.String(), Serdes.String()));

        parsed.filter((key, event) -> event.isValid())
                .flatMap((key, event) -> balanceChanges(event).stream()
                        .map(change -> KeyValue.pair(balanceKey(change), change.amount().amount().toPlainString()))
                        .toList())
                .groupByKey(Grouped.with(Serdes.String(), Serdes.String()))
                .reduce((total, change) -> new BigDecimal(total).add(new BigDecimal(change)).toPlainString(),
                        Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(BALANCE_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()));
        return builder.build();
    }

    /** Store key of a tenant's balance in one currency: {@code tenantId:currency}. */
    public static String balanceKey(String tenantId, String currency) {
        return tenantId + ":" + currency;
    }

    private static String balanceKey(BalanceChange change) {
        return balanceKey(change.tenantId(), change.amount().currency());
    }

    private static List<BalanceChange> balanceChanges(ParsedEvent parsed) {
        return switch (parsed.event().type()) {
            case INVOICE_ISSUED -> {
                InvoiceIssued issued = (InvoiceIssued) parsed.event().event();
                yield List.of(new BalanceChange(issued.tenantId(), issued.openAmount()));
            }
            case PAYMENT_RECEIVED -> {
                PaymentReceived payment = (PaymentReceived) parsed.event().event();
                yield payment.allocations().stream()
                        .map(a -> new BalanceChange(payment.tenantId(),
                                new Money(a.amount().amount().negate(), a.amount().currency())))
                        .toList();
            }
            default -> List.of();
        };
    }

    private record BalanceChange(String tenantId, Money amount) {
    }
}
