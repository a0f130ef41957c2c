package dev.arrears.notification.provider.sendgrid;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.ChannelSender;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.SendOutcome;
import dev.arrears.notification.provider.ProviderClock;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;

/** Sends email through SendGrid's v3 Mail Send with the SendGrid Java SDK. */
@ApplicationScoped
public class SendGridEmailSender implements ChannelSender {

    private static final Logger LOG = Logger.getLogger(SendGridEmailSender.class);

    private final SendGridConfig config;
    private final Clock clock;
    /** {@code null} without an API key. */
    private final SendGridClient client;

    @Inject
    SendGridEmailSender(SendGridConfig config, Instance<Clock> clock) {
        this(config, ProviderClock.of(clock));
    }

    SendGridEmailSender(SendGridConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = config.apiKey().map(key -> new SendGridClient(key, config)).orElse(null);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        if (client == null) {
            throw new IllegalStateException("no SendGrid API key (arrears.sendgrid.api-key): send to the local mailbox instead");
        }
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(MailSendBody.of(message, config));
        try {
            Response response = client.sdk().api(request);
            SendOutcome outcome = SendGridOutcomes.of(response, clock.instant());
            if (outcome.status() != SendOutcome.Status.ACCEPTED) {
                LOG.infof("SendGrid did not accept message %s: %s", message.messageId(), outcome.detail());
            }
            return outcome;
        } catch (IOException e) {
            return SendGridOutcomes.unreachable(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }
}
