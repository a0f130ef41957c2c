package dev.arrears.analytics.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arrears.analytics.query.Placement;
import dev.arrears.analytics.query.StoresNotReady;
import dev.arrears.analytics.stream.StateStores;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.apache.kafka.streams.state.HostInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends a request for figures this instance does not hold to the instance that does, and relays its answer.
 * A forwarded request carries {@link #FORWARDED}, so it is answered where it lands and never bounces.
 */
@ApplicationScoped
public class Forwarding {

    /** Marks a request one instance sent another; the receiver answers from its own stores. */
    public static final String FORWARDED = "X-Arrears-Forwarded";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Placement placement;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    Forwarding(Placement placement, ObjectMapper json) {
        this.placement = placement;
        this.json = json;
    }

    /**
     * Before a figures endpoint runs: a tenant's figures are held with the tenant's partition, one customer's
     * with the customer's. The list of most overdue customers spans every partition and is gathered by its
     * resource instead.
     */
    @ServerRequestFilter
    public Uni<Response> routeToHolder(ContainerRequestContext request) {
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        String tenantId = path.getFirst("tenantId");
        if (tenantId == null || request.getHeaderString(FORWARDED) != null
                || request.getUriInfo().getPath().endsWith("/customers/overdue")) {
            return Uni.createFrom().nullItem();
        }
        String customerId = path.getFirst("customerId");
        Optional<HostInfo> holder = customerId == null
                ? placement.elsewhere(StateStores.DAILY, tenantId)
                : placement.elsewhere(StateStores.ITEMS, StateStores.customer(tenantId, customerId));
        if (holder.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        HttpRequest forwarded = request(holder.get(), request.getUriInfo().getRequestUri());
        return Uni.createFrom().completionStage(http.sendAsync(forwarded, HttpResponse.BodyHandlers.ofByteArray()))
                .map(answer -> Response.status(answer.statusCode())
                        .type(answer.headers().firstValue("content-type").orElse("application/json"))
                        .entity(answer.body())
                        .build());
    }

    /** The same request answered by another instance from its own stores, read as {@code type}. */
    public <T> T ask(HostInfo host, URI requestUri, Class<T> type) {
        try {
            HttpResponse<byte[]> answer = http.send(request(host, requestUri), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new StoresNotReady("instance " + host + " answered " + answer.statusCode(), null);
            }
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new StoresNotReady("instance " + host + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoresNotReady("interrupted while asking " + host, e);
        }
    }

    static HttpRequest request(HostInfo host, URI requestUri) {
        URI target = URI.create("http://" + host.host() + ":" + host.port() + requestUri.getRawPath()
                + (requestUri.getRawQuery() == null ? "" : "?" + requestUri.getRawQuery()));
        return HttpRequest.newBuilder(target).timeout(TIMEOUT).header(FORWARDED, "1").GET().build();
    }
}
