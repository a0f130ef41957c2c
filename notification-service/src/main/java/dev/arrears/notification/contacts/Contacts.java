package dev.arrears.notification.contacts;

import dev.arrears.contracts.invoice.CustomerUpserted;
import dev.arrears.contracts.invoice.CustomerUpserted.PostalAddress;
import dev.arrears.notification.db.Json;
import dev.arrears.notification.db.NativeSql;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The customers' contact data, kept from CustomerUpserted; read in the caller's transaction. */
@ApplicationScoped
public class Contacts {

    /** A customer an address belongs to. */
    public record Owner(String tenantId, String customerId) {
    }

    /** Replaces the customer's contact data with the event's complete record. */
    public Uni<Void> replace(CustomerUpserted customer, String eventId, Instant now) {
        List<Uni<Integer>> writes = new ArrayList<>();
        writes.add(NativeSql.execute("""
                        insert into customer_contact (tenant_id, customer_id, legal_name, language, time_zone, country,
                            consent_email, consent_sms, consent_voice, last_event_id, updated_at, postal_address)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        on conflict (tenant_id, customer_id) do update set legal_name = excluded.legal_name,
                            language = excluded.language, time_zone = excluded.time_zone, country = excluded.country,
                            consent_email = excluded.consent_email, consent_sms = excluded.consent_sms,
                            consent_voice = excluded.consent_voice, last_event_id = excluded.last_event_id,
                            updated_at = excluded.updated_at, postal_address = excluded.postal_address""",
                customer.tenantId(), customer.customerId(), customer.legalName(), customer.language(), customer.timeZone(),
                customer.country(), customer.consent().email(), customer.consent().sms(), customer.consent().voice(), eventId, now,
                customer.postalAddress() == null ? null : Json.write(customer.postalAddress())));
        writes.add(NativeSql.execute("delete from customer_address where tenant_id = ?1 and customer_id = ?2",
                customer.tenantId(), customer.customerId()));
        for (int i = 0; i < customer.emails().size(); i++) {
            writes.add(address(customer, "EMAIL", i, customer.emails().get(i).trim().toLowerCase(java.util.Locale.ROOT)));
        }
        for (int i = 0; i < customer.phones().size(); i++) {
            writes.add(address(customer, "PHONE", i, customer.phones().get(i)));
        }
        // One statement at a time: a reactive session runs a single query at once.
        return Multi.createFrom().iterable(writes).onItem().transformToUniAndConcatenate(w -> w).collect().last().replaceWithVoid();
    }

    private static Uni<Integer> address(CustomerUpserted customer, String kind, int position, String address) {
        return NativeSql.execute("insert into customer_address (tenant_id, customer_id, kind, position, address) values (?1, ?2, ?3, ?4, ?5)",
                customer.tenantId(), customer.customerId(), kind, position, address);
    }

    /**
     * The customer's contact data, or empty before their master data arrived.
     *
     * @param defaultZone for a time zone this JVM does not know
     */
    public Uni<Optional<Contact>> find(String tenantId, String customerId, ZoneId defaultZone) {
        return NativeSql.rows("""
                        select legal_name, language, time_zone, country, consent_email, consent_sms, consent_voice, postal_address
                        from customer_contact where tenant_id = ?1 and customer_id = ?2""", tenantId, customerId)
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<Contact>empty()) : NativeSql.rows("""
                                select kind, address from customer_address where tenant_id = ?1 and customer_id = ?2
                                order by kind, position""", tenantId, customerId)
                        .map(addresses -> {
                            Object[] r = rows.get(0);
                            List<String> emails = addresses.stream().filter(a -> "EMAIL".equals(a[0])).map(a -> (String) a[1]).toList();
                            List<String> phones = addresses.stream().filter(a -> "PHONE".equals(a[0])).map(a -> (String) a[1]).toList();
                            return Optional.of(new Contact(tenantId, customerId, (String) r[0], emails, phones, (String) r[1],
                                    zone((String) r[2], defaultZone), NativeSql.text(r[3]),
                                    new Contact.Consent((Boolean) r[4], (Boolean) r[5], (Boolean) r[6]),
                                    r[7] == null ? null : Json.read((String) r[7], PostalAddress.class)));
                        }));
    }

    /** Every customer, of any tenant, who has this email address or number. */
    public Uni<List<Owner>> owners(String address) {
        return NativeSql.rows("select distinct tenant_id, customer_id from customer_address where address = ?1 order by 1, 2", address)
                .map(rows -> rows.stream().map(r -> new Owner((String) r[0], (String) r[1])).toList());
    }

    private static ZoneId zone(String id, ZoneId fallback) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
