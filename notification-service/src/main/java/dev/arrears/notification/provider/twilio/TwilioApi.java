package dev.arrears.notification.provider.twilio;

import com.twilio.http.TwilioRestClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.net.URI;

/**
 * One {@link TwilioRestClient} for texts and calls, built per instance rather than with {@code Twilio.init}, whose
 * credentials are global to the JVM.
 */
@ApplicationScoped
public class TwilioApi {

    private final TwilioConfig config;
    /** {@code null} without credentials. */
    private final TwilioRestClient client;
    private final SingleAttemptHttpClient http;

    @Inject
    public TwilioApi(TwilioConfig config) {
        this.config = config;
        if (config.accountSid().isPresent() && config.authToken().isPresent()) {
            this.http = new SingleAttemptHttpClient(httpClient(config));
            this.client = new TwilioRestClient.Builder(config.accountSid().get(), config.authToken().get()).httpClient(http).build();
        } else {
            this.http = null;
            this.client = null;
        }
    }

    public boolean configured() {
        return client != null;
    }

    TwilioRestClient client() {
        if (client == null) {
            throw new IllegalStateException("no Twilio credentials (arrears.twilio.account-sid, .auth-token): send to the local mailbox instead");
        }
        return client;
    }

    TwilioConfig config() {
        return config;
    }

    private static HttpClientBuilder httpClient(TwilioConfig config) {
        Timeout readTimeout = Timeout.of(config.readTimeout());
        HttpClientBuilder builder = HttpClientBuilder.create()
                .useSystemProperties()
                // Apache's own retry strategy re-posts on 429 and 503 a second later, POST or not: another text or call.
                .disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .useSystemProperties()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setSocketTimeout(readTimeout).build())
                        .setMaxConnPerRoute(20)
                        .setMaxConnTotal(20)
                        .build());
        config.baseUrl().ifPresent(baseUrl -> {
            // The route decides where the connection goes; the request (URL, Host header, body) stays the SDK's.
            HttpHost target = new HttpHost(baseUrl.getScheme(), baseUrl.getHost(), port(baseUrl));
            builder.setRoutePlanner((host, context) -> new HttpRoute(target));
        });
        return builder;
    }

    private static int port(URI baseUrl) {
        if (baseUrl.getPort() != -1) {
            return baseUrl.getPort();
        }
        return "http".equalsIgnoreCase(baseUrl.getScheme()) ? 80 : 443;
    }

    @PreDestroy
    void close() throws IOException {
        if (http != null) {
            http.close();
        }
    }
}
