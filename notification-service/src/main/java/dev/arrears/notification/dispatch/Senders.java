package dev.arrears.notification.dispatch;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.ledger.SendConfirmation;
import dev.arrears.notification.mailbox.MailboxSender;
import dev.arrears.notification.message.ChannelSender;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which sender carries each channel: the provider's when its credentials are configured, else the local mailbox, so
 * a platform without SendGrid or Twilio accounts still shows what customers would receive. Chosen once, at start.
 */
@ApplicationScoped
public class Senders {

    private static final Logger LOG = Logger.getLogger(Senders.class);

    private final Map<Channel, ChannelSender> byChannel;

    Senders(Instance<ChannelSender> senders) {
        List<ChannelSender> all = new ArrayList<>();
        senders.forEach(all::add);
        this.byChannel = choose(all);
    }

    void log(@Observes StartupEvent event) {
        byChannel.forEach((channel, sender) -> LOG.infof("%s goes through %s", channel, sender instanceof MailboxSender
                ? "the local mailbox (no provider configured; see /messages)" : sender.provider()));
    }

    /** The sender of the channel; EMAIL, SMS and VOICE always have one. */
    public ChannelSender of(Channel channel) {
        ChannelSender sender = byChannel.get(channel);
        if (sender == null) {
            throw new IllegalArgumentException("nothing sends " + channel);
        }
        return sender;
    }

    /** The channels whose sender can say for certain whether it took a message. */
    public List<Channel> confirming() {
        return byChannel.entrySet().stream().filter(e -> e.getValue() instanceof SendConfirmation).map(Map.Entry::getKey).toList();
    }

    /** Per channel, the one configured provider sender, or the mailbox. Two configured senders for a channel is a wiring error. */
    static Map<Channel, ChannelSender> choose(List<ChannelSender> senders) {
        Map<Channel, ChannelSender> chosen = new EnumMap<>(Channel.class);
        Map<Channel, List<ChannelSender>> providers = senders.stream()
                .filter(s -> !(s instanceof MailboxSender) && s.configured())
                .collect(Collectors.groupingBy(ChannelSender::channel));
        providers.forEach((channel, candidates) -> {
            if (candidates.size() > 1) {
                throw new IllegalStateException("more than one configured sender for " + channel + ": "
                        + candidates.stream().map(ChannelSender::provider).toList());
            }
            chosen.put(channel, candidates.get(0));
        });
        senders.stream().filter(s -> s instanceof MailboxSender).forEach(s -> chosen.putIfAbsent(s.channel(), s));
        return chosen;
    }
}
