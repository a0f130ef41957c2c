package dev.arrears.dunning.domain.run;

import dev.arrears.contracts.dunning.Channel;

import java.time.ZoneId;
import java.util.Set;

/**
 * The customer being dunned, as far as a run needs to know: where and when they may be contacted, in
 * which language, on which channels, and how risky they are.
 *
 * @param reachable the channels with consent and a usable address; a letter always is
 * @param riskClass {@code LOW}, {@code MEDIUM}, {@code HIGH} or {@code null}
 */
public record Debtor(String tenantId, String customerId, String language, ZoneId zone, String country, String riskClass,
                     Set<Channel> reachable) {

    public Debtor {
        reachable = Set.copyOf(reachable);
    }
}
