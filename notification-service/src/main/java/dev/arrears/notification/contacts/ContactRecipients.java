package dev.arrears.notification.contacts;

import dev.arrears.notification.config.NotificationConfig;
import dev.arrears.notification.message.Recipient;
import dev.arrears.notification.message.Recipients;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The customers previews can address: the contact store the dispatch pipeline keeps from CustomerUpserted. */
@ApplicationScoped
public class ContactRecipients implements Recipients {

    private final Contacts contacts;
    private final NotificationConfig config;

    ContactRecipients(Contacts contacts, NotificationConfig config) {
        this.contacts = contacts;
        this.config = config;
    }

    @Override
    public Uni<Optional<Recipient>> find(String tenantId, String customerId) {
        return Panache.withSession(() -> contacts.find(tenantId, customerId, config.defaultTimeZone()))
                .map(found -> found.map(c -> new Recipient(c.tenantId(), c.customerId(), c.legalName(),
                        c.emails().stream().findFirst().orElse(null), c.phones().stream().findFirst().orElse(null), c.language(), c.zone(),
                        c.country(), c.postalAddress())));
    }
}
