package dev.arrears.analytics.rest;

import dev.arrears.analytics.stream.ReceivablesBalanceTopology;
import dev.arrears.contracts.Money;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;

/** Interactive query of the receivables balance store. */
@Path("/api/v1/tenants/{tenantId}/receivables-balance/{currency}")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivablesBalanceResource {

    private final KafkaStreams streams;

    ReceivablesBalanceResource(KafkaStreams streams) {
        this.streams = streams;
    }

    @GET
    @Operation(summary = "Open receivables of a tenant in one currency")
    public Money balance(@PathParam("tenantId") String tenantId, @PathParam("currency") String currency) {
        ReadOnlyKeyValueStore<String, String> store = streams.store(StoreQueryParameters.fromNameAndType(
                ReceivablesBalanceTopology.BALANCE_STORE, QueryableStoreTypes.keyValueStore()));
        String balance = store.get(ReceivablesBalanceTopology.balanceKey(tenantId, currency));
        if (balance == null) {
            throw new NotFoundException("no receivables in " + currency + " for tenant " + tenantId);
        }
        return Money.atCurrencyScale(new BigDecimal(balance), currency);
    }
}
