package dev.arrears.notification.provider.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import java.io.Closeable;
import java.io.IOException;

/**
 * The SDK's own {@link NetworkHttpClient}, asked once per request. The SDK retries every 5xx three times 100 ms apart;
 * a POST that Twilio executed before failing would then text or call the customer again, and the dispatcher already
 * retries with backoff and jitter within its budget. (The Apache client beneath is built without its own retries too.)
 */
final class SingleAttemptHttpClient extends NetworkHttpClient implements Closeable {

    private static final int[] NO_RETRY_CODES = new int[0];

    SingleAttemptHttpClient(HttpClientBuilder builder) {
        super(builder);
    }

    @Override
    public Response reliableRequest(Request request) {
        return reliableRequest(request, NO_RETRY_CODES, 1, 0);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
