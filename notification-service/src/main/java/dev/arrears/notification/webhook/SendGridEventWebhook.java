package dev.arrears.notification.webhook;

import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.provider.ProviderClock;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** Receives SendGrid's Signed Event Webhook: delivered, open, click, bounce, dropped, spam report, unsubscribe. */
@Path("/webhooks/sendgrid")
public class SendGridEventWebhook {

    private static final Logger LOG = Logger.getLogger(SendGridEventWebhook.class);

    private final SendGridSignature signature;
    private final DeliveryTracking tracking;
    private final Clock clock;

    SendGridEventWebhook(SendGridSignature signature, DeliveryTracking tracking, Instance<Clock> clock) {
        this.signature = signature;
        this.tracking = tracking;
        this.clock = ProviderClock.of(clock);
    }

    /** The body is read as bytes: the signature covers them exactly as sent, before any JSON parsing. */
    @POST
    public Uni<Response> events(@HeaderParam(SendGridSignature.SIGNATURE) String signed,
                                @HeaderParam(SendGridSignature.TIMESTAMP) String timestamp,
                                @Context HttpServerRequest request, byte[] body) {
        Verdict verdict = signature.verify(signed, timestamp, body);
        if (!verdict.valid()) {
            // Never the body: it holds customers' addresses.
            LOG.warnf("Refused a SendGrid event post from %s (%d bytes): %s", request.remoteAddress(), body.length, verdict.reason());
            return Uni.createFrom().item(WebhookResponses.unauthorized(verdict, SendGridSignature.SIGNATURE));
        }
        List<DeliveryUpdate> updates;
        try {
            updates = SendGridEvents.map(body, clock.instant());
        } catch (IOException e) {
            return Uni.createFrom().item(WebhookResponses.malformed("not a JSON array of SendGrid events"));
        }
        return tracking.record(updates)
                .replaceWith(Response.noContent().build())
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf(e, "Could not record %d SendGrid events; SendGrid will retry", updates.size());
                    return WebhookResponses.unavailable();
                });
    }
}
