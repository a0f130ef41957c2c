package dev.arrears.notification.rest;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.notification.NotificationAddresses;
import dev.arrears.notification.config.NotificationConfig;
import dev.arrears.notification.contacts.Contact;
import dev.arrears.notification.contacts.Contacts;
import dev.arrears.notification.contacts.OptOuts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

/** How this service can reach a customer: what it learnt from their master data, and the opt-outs it honours. */
@Path("/api/v1/tenants/{tenantId}/customers/{customerId}/contact")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final Contacts contacts;
    private final OptOuts optOuts;
    private final NotificationConfig config;

    ContactResource(Contacts contacts, OptOuts optOuts, NotificationConfig config) {
        this.contacts = contacts;
        this.optOuts = optOuts;
        this.config = config;
    }

    /** The customer's contact data, addresses masked as in the events. */
    public record ContactView(String customerId, String legalName, String language, String timeZone, String country,
                              Contact.Consent consent, List<String> emails, List<String> phones, List<OptOutView> optOuts) {
    }

    public record OptOutView(Channel channel, String address, String reason, Instant since) {
    }

    @GET
    @WithSession
    @Operation(summary = "The customer's addresses (masked), language, time zone, consent and opt-outs as this service knows them")
    public Uni<ContactView> contact(@PathParam("tenantId") String tenantId, @PathParam("customerId") String customerId) {
        return contacts.find(tenantId, customerId, config.defaultTimeZone()).chain(found -> {
            Contact c = found.orElseThrow(() -> new NotFound("no master data of customer " + customerId + " has arrived"));
            return optOuts.of(tenantId, customerId).map(blocked -> new ContactView(customerId, c.legalName(), c.language(),
                    c.zone().getId(), c.country(), c.consent(), c.emails().stream().map(NotificationAddresses::mask).toList(),
                    c.phones().stream().map(NotificationAddresses::mask).toList(),
                    blocked.stream().map(o -> new OptOutView(o.channel(), NotificationAddresses.mask(o.address()), o.reason(), o.since()))
                            .toList()));
        });
    }
}
