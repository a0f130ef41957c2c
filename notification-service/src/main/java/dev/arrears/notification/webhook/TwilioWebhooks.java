package dev.arrears.notification.webhook;

import com.twilio.twiml.MessagingResponse;
import dev.arrears.notification.message.DeliveryUpdate;
import dev.arrears.notification.provider.ProviderClock;
import dev.arrears.notification.provider.twilio.CallScript;
import dev.arrears.notification.provider.twilio.TwilioCallbacks;
import dev.arrears.notification.provider.twilio.TwilioConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Receives Twilio's status callbacks for texts and calls, inbound texts (STOP/START) and the call menu's key press. */
@Path("/webhooks/twilio")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TwilioWebhooks {

    private static final Logger LOG = Logger.getLogger(TwilioWebhooks.class);
    private static final String TWIML = "text/xml";

    private final TwilioSignature signature;
    private final DeliveryTracking tracking;
    private final TwilioConfig config;
    private final Clock clock;

    TwilioWebhooks(TwilioSignature signature, DeliveryTracking tracking, TwilioConfig config, Instance<Clock> clock) {
        this.signature = signature;
        this.tracking = tracking;
        this.config = config;
        this.clock = ProviderClock.of(clock);
    }

    @POST
    @Path("status")
    public Uni<Response> status(@HeaderParam(TwilioSignature.HEADER) String signed, @Context HttpServerRequest request, String body) {
        Map<String, String> params = TwilioForm.parse(body);
        Verdict verdict = signature.verify(signed, TwilioCallbacks.STATUS_PATH, request.query(), params);
        if (!verdict.valid()) {
            return refused("status callback", request, verdict);
        }
        // Our message id rides on the callback URL: it settles a send whose SID was never stored.
        String messageId = request.getParam(TwilioCallbacks.MESSAGE_ID);
        return record(TwilioUpdates.status(params, clock.instant()).stream().map(update -> new DeliveryUpdate(messageId,
                update.providerMessageId(), update.channel(), update.kind(), update.address(), update.at(), update.detail(), update.url()))
                .toList(), Response.noContent().build());
    }

    /** Twilio reads the answer as TwiML: an empty {@code <Response/>} sends no reply (Twilio answers STOP/START itself). */
    @POST
    @Path("inbound")
    public Uni<Response> inbound(@HeaderParam(TwilioSignature.HEADER) String signed, @Context HttpServerRequest request, String body) {
        Map<String, String> params = TwilioForm.parse(body);
        Verdict verdict = signature.verify(signed, TwilioCallbacks.INBOUND_PATH, request.query(), params);
        if (!verdict.valid()) {
            return refused("inbound text", request, verdict);
        }
        String empty = new MessagingResponse.Builder().build().toXml();
        return record(TwilioUpdates.inbound(params, clock.instant()), Response.ok(empty, TWIML).build());
    }

    /** The call menu's key press: 1 connects to the tenant's collections number, anything else hangs up. */
    @POST
    @Path("voice/gather")
    public Response gather(@HeaderParam(TwilioSignature.HEADER) String signed, @Context HttpServerRequest request,
                           @QueryParam(TwilioCallbacks.TENANT_ID) String tenantId, String body) {
        Map<String, String> params = TwilioForm.parse(body);
        Verdict verdict = signature.verify(signed, TwilioCallbacks.GATHER_PATH, request.query(), params);
        if (!verdict.valid()) {
            LOG.warnf("Refused a Twilio key press from %s: %s", request.remoteAddress(), verdict.reason());
            return WebhookResponses.unauthorized(verdict, TwilioSignature.HEADER);
        }
        String number = tenantId == null ? null : config.voice().collectionsNumbers().get(tenantId);
        return Response.ok(CallScript.afterKeyPress(params.get("Digits"), number), TWIML).build();
    }

    private Uni<Response> refused(String what, HttpServerRequest request, Verdict verdict) {
        // Never the body: it holds phone numbers and message text.
        LOG.warnf("Refused a Twilio %s from %s: %s", what, request.remoteAddress(), verdict.reason());
        return Uni.createFrom().item(WebhookResponses.unauthorized(verdict, TwilioSignature.HEADER));
    }

    private Uni<Response> record(List<DeliveryUpdate> updates, Response answer) {
        return tracking.record(updates)
                .replaceWith(answer)
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf(e, "Could not record %d Twilio updates", updates.size());
                    return WebhookResponses.unavailable();
                });
    }
}
