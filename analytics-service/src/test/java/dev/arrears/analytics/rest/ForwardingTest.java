package dev.arrears.analytics.rest;

import com.sun.net.httpserver.HttpServer;
import dev.arrears.analytics.query.StoresNotReady;
import dev.arrears.contracts.ArrearsJson;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Another instance asked for the figures it holds: same path and query, marked as forwarded. */
class ForwardingTest {

    private HttpServer other;
    private final AtomicReference<String> asked = new AtomicReference<>();
    private final AtomicReference<String> marker = new AtomicReference<>();
    private final Forwarding forwarding = new Forwarding(null, ArrearsJson.mapper());

    @BeforeEach
    void startOtherInstance() throws IOException {
        other = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        other.createContext("/", exchange -> {
            asked.set(exchange.getRequestURI().toString());
            marker.set(exchange.getRequestHeaders().getFirst(Forwarding.FORWARDED));
            boolean known = exchange.getRequestURI().getPath().contains("/acme/");
            byte[] body = (known ? "{\"tenantId\":\"acme\",\"currency\":\"EUR\",\"day\":\"2026-03-31\",\"customers\":[]}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
    }

    @AfterEach
    void stop() {
        other.stop(0);
    }

    @Test
    void asksTheOtherInstanceTheSameQuestionMarkedAsForwarded() {
        HostInfo host = new HostInfo("localhost", other.getAddress().getPort());

        CustomersResource.OverdueReport report = forwarding.ask(host,
                URI.create("http://this:8084/api/v1/tenants/acme/customers/overdue?currency=EUR&day=2026-03-31"),
                CustomersResource.OverdueReport.class);

        assertThat(asked.get()).isEqualTo("/api/v1/tenants/acme/customers/overdue?currency=EUR&day=2026-03-31");
        assertThat(marker.get()).isEqualTo("1");
        assertThat(report.tenantId()).isEqualTo("acme");
        assertThat(report.customers()).isEmpty();
    }

    @Test
    void anInstanceThatCannotAnswerMakesTheQuestionRetryable() {
        HostInfo host = new HostInfo("localhost", other.getAddress().getPort());

        assertThatThrownBy(() -> forwarding.ask(host, URI.create("http://this:8084/api/v1/tenants/other/customers/overdue"),
                CustomersResource.OverdueReport.class)).isInstanceOf(StoresNotReady.class).hasMessageContaining("404");
    }
}
