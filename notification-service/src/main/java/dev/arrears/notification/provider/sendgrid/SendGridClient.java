package dev.arrears.notification.provider.sendgrid;

import com.sendgrid.Client;
import com.sendgrid.SendGrid;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;

/**
 * The SDK's {@link SendGrid} pointed at the configured base URL. The SDK takes a bare host ({@code setHost}) and picks
 * the scheme from its {@code test} flag (http when true), so the base URL is split into those two: every request still
 * goes through {@code SendGrid.api} and the SDK's own {@link Client}, exactly as in production.
 */
final class SendGridClient implements Closeable {

    private final SendGrid sendGrid;
    private final Client client;

    SendGridClient(String apiKey, SendGridConfig config) {
        URI baseUrl = config.baseUrl();
        int timeout = (int) config.connectTimeout().toMillis();
        CloseableHttpClient http = HttpClients.custom()
                .useSystemProperties()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(timeout)
                        .setConnectionRequestTimeout(timeout)
                        .setSocketTimeout((int) config.readTimeout().toMillis())
                        .build())
                // The default of 2 connections per route would queue concurrent sends behind each other.
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(20)
                .build();
        this.client = new Client(http, "http".equalsIgnoreCase(baseUrl.getScheme()));
        this.sendGrid = new SendGrid(apiKey, client);
        // Host and port: URIBuilder writes the host verbatim, so "localhost:8089" becomes http://localhost:8089/v3/...
        sendGrid.setHost(baseUrl.getRawAuthority());
    }

    SendGrid sdk() {
        return sendGrid;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
