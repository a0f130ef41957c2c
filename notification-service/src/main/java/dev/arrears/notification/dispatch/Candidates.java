package dev.arrears.notification.dispatch;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.notification.contacts.Contact;
import dev.arrears.notification.contacts.OptOuts.OptOut;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every channel and address a plan allows, in the plan's order (and the ERP's order of addresses within a channel),
 * with the reason each one left out was left out: no consent, no address, an opt-out.
 */
public record Candidates(List<Candidate> usable, List<String> skipped) {

    public static Candidates of(Plan plan, Optional<Contact> contact, List<OptOut> optOuts) {
        List<Candidate> usable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> blocked = optOuts.stream().map(o -> o.channel() + " " + o.address()).collect(Collectors.toSet());
        for (Channel channel : plan.channels()) {
            switch (channel) {
                case LETTER -> usable.add(Candidate.of(plan.sourceEventId(), channel, Candidate.POSTAL));
                // A collector calls from the dunning engine's worklist; nothing is sent, so nothing needs consent.
                case CALL_TASK -> usable.add(Candidate.of(plan.sourceEventId(), channel, Candidate.WORKLIST));
                default -> {
                    if (contact.isEmpty()) {
                        skipped.add(channel + ": the customer's master data has not arrived");
                        continue;
                    }
                    Contact c = contact.get();
                    boolean consent = switch (channel) {
                        case EMAIL -> c.consent().email();
                        case SMS -> c.consent().sms();
                        default -> c.consent().voice();
                    };
                    List<String> addresses = channel == Channel.EMAIL ? c.emails() : c.phones();
                    if (!consent) {
                        skipped.add(channel + ": no consent");
                    } else if (addresses.isEmpty()) {
                        skipped.add(channel + ": no " + (channel == Channel.EMAIL ? "address" : "number"));
                    } else {
                        for (String address : addresses) {
                            String normalized = NotificationAddresses.normalize(address);
                            if (blocked.contains(channel + " " + normalized)) {
                                skipped.add(channel + " " + NotificationAddresses.mask(normalized) + ": opted out");
                            } else {
                                usable.add(Candidate.of(plan.sourceEventId(), channel, normalized));
                            }
                        }
                    }
                }
            }
        }
        return new Candidates(List.copyOf(usable), List.copyOf(skipped));
    }

    public Optional<Candidate> find(String messageId) {
        return usable.stream().filter(c -> c.messageId().equals(messageId)).findFirst();
    }
}
