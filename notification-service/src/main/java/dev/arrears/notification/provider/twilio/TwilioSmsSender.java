package dev.arrears.notification.provider.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.ChannelSender;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Sends texts through Twilio's Messages API with the Twilio Java SDK. */
@ApplicationScoped
public class TwilioSmsSender implements ChannelSender {

    private static final Logger LOG = Logger.getLogger(TwilioSmsSender.class);

    private final TwilioApi twilio;

    TwilioSmsSender(TwilioApi twilio) {
        this.twilio = twilio;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return twilio.configured();
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        TwilioConfig config = twilio.config();
        PhoneNumber to = new PhoneNumber(message.to());
        String body = message.content().text();
        MessageCreator creator;
        if (config.messagingServiceSid().isPresent()) {
            creator = Message.creator(to, config.messagingServiceSid().get(), body);
        } else if (config.fromNumber().isPresent()) {
            creator = Message.creator(to, new PhoneNumber(config.fromNumber().get()), body);
        } else {
            return new SendOutcome(SendOutcome.Status.PERMANENT, null,
                    "no sender: set arrears.twilio.from-number or arrears.twilio.messaging-service-sid", null);
        }
        TwilioCallbacks.status(config, message.messageId()).ifPresent(creator::setStatusCallback);
        try {
            return SendOutcome.accepted(creator.create(twilio.client()).getSid());
        } catch (TwilioException e) {
            SendOutcome outcome = TwilioOutcomes.of(e);
            LOG.infof("Twilio did not accept text %s: %s", message.messageId(), outcome.detail());
            return outcome;
        }
    }
}
