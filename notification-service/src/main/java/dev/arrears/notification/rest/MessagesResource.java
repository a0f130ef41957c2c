package dev.arrears.notification.rest;

import dev.arrears.notification.mailbox.LocalMailbox;
import dev.arrears.notification.mailbox.MailboxMessage;
import dev.arrears.notification.mailbox.MailboxPage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The local mailbox: what customers would have received while no provider is configured, as a page and as JSON. */
@Path("/")
public class MessagesResource {

    private final LocalMailbox mailbox;

    MessagesResource(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GET
    @Path("/messages")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(summary = "The local mailbox as a page: every email (subject and HTML), SMS and call script, newest first")
    public Uni<String> page(@QueryParam("tenantId") String tenantId, @QueryParam("limit") @DefaultValue("100") int limit) {
        return mailbox.newest(tenantId, checked(limit)).map(MailboxPage::render);
    }

    @GET
    @Path("/api/v1/messages")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "The local mailbox as JSON, newest first, optionally of one tenant")
    public Uni<List<MailboxMessage>> list(@QueryParam("tenantId") String tenantId, @QueryParam("limit") @DefaultValue("100") int limit) {
        return mailbox.newest(tenantId, checked(limit));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidParameter("limit", "limit must be between 1 and 1000");
        }
        return limit;
    }
}
