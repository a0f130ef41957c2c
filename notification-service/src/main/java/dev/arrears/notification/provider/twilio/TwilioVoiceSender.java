package dev.arrears.notification.provider.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.message.ChannelSender;
import dev.arrears.notification.message.OutgoingMessage;
import dev.arrears.notification.message.SendOutcome;
import dev.arrears.notification.provider.TemplateUsed;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;

/** Places reminder calls through Twilio's Calls API with inline TwiML that reads the script and offers a collector. */
@ApplicationScoped
public class TwilioVoiceSender implements ChannelSender {

    private static final Logger LOG = Logger.getLogger(TwilioVoiceSender.class);

    private final TwilioApi twilio;

    TwilioVoiceSender(TwilioApi twilio) {
        this.twilio = twilio;
    }

    @Override
    public Channel channel() {
        return Channel.VOICE;
    }

    @Override
    public boolean configured() {
        return twilio.configured();
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        TwilioConfig config = twilio.config();
        if (config.fromNumber().isEmpty()) {
            return new SendOutcome(SendOutcome.Status.PERMANENT, null, "no caller number: set arrears.twilio.from-number", null);
        }
        CallCreator creator = Call.creator(new PhoneNumber(message.to()), new PhoneNumber(config.fromNumber().get()),
                new Twiml(twiml(message, config)));
        TwilioCallbacks.status(config, message.messageId()).ifPresent(creator::setStatusCallback);
        try {
            return SendOutcome.accepted(creator.create(twilio.client()).getSid());
        } catch (TwilioException e) {
            SendOutcome outcome = TwilioOutcomes.of(e);
            LOG.infof("Twilio did not accept call %s: %s", message.messageId(), outcome.detail());
            return outcome;
        }
    }

    static String twiml(OutgoingMessage message, TwilioConfig config) {
        VoiceLanguage language = VoiceLanguage.of(TemplateUsed.of(message.content()).language(), config.voice().defaultLanguage());
        boolean hasCollector = config.voice().collectionsNumbers().containsKey(message.tenantId());
        URI gather = hasCollector ? TwilioCallbacks.gather(config, message.tenantId(), message.messageId()).orElse(null) : null;
        return CallScript.twiml(message.content().text(), language, gather);
    }
}
