package dev.arrears.notification.contacts;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.notification.db.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Addresses customers asked not to be contacted on again, per channel. An opt-out tied to a tenant applies to that
 * tenant's customers; one that could not be tied to any ({@link #ANY_TENANT}) applies to everyone.
 */
@ApplicationScoped
public class OptOuts {

    public static final String ANY_TENANT = "*";

    /** An address that must not be used on a channel. */
    public record OptOut(Channel channel, String address, String reason, Instant since) {
    }

    /** Records the opt-out; answers whether it is new (a repeated unsubscribe changes nothing). */
    public Uni<Boolean> add(String tenantId, Channel channel, String address, String reason, String provider, String messageId,
                            Instant at) {
        return NativeSql.execute("""
                        insert into opt_out (tenant_id, channel, address, reason, provider, message_id, opted_out_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""",
                tenantId, channel.name(), address, reason, provider, messageId, at).map(n -> n == 1);
    }

    /** Lifts the opt-out of the address on the channel for these tenants (and any that applied to everyone). */
    public Uni<Integer> remove(List<String> tenantIds, Channel channel, String address) {
        return NativeSql.execute("delete from opt_out where channel = ?1 and address = ?2 and (tenant_id = any(string_to_array(?3, '\n')) or tenant_id = '*')",
                channel.name(), address, String.join("\n", tenantIds));
    }

    /** Lifts the opt-out of the address on the channel for every tenant. */
    public Uni<Integer> removeEverywhere(Channel channel, String address) {
        return NativeSql.execute("delete from opt_out where channel = ?1 and address = ?2", channel.name(), address);
    }

    /** The opt-outs that concern any of the customer's addresses. */
    public Uni<List<OptOut>> of(String tenantId, String customerId) {
        return NativeSql.rows("""
                        select o.channel, o.address, o.reason, o.opted_out_at from opt_out o
                        where o.tenant_id in (?1, '*') and o.address in (
                            select address from customer_address where tenant_id = ?1 and customer_id = ?2)
                        order by o.opted_out_at""", tenantId, customerId)
                .map(rows -> rows.stream().map(r -> new OptOut(Channel.valueOf((String) r[0]), (String) r[1], (String) r[2],
                        NativeSql.instant(r[3]))).toList());
    }
}
