package dev.arrears.notification.rest;

import dev.arrears.contracts.dunning.Channel;
import dev.arrears.contracts.dunning.Tone;
import dev.arrears.notification.render.FallbackOrder;
import dev.arrears.notification.render.TemplateCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Set;

/** The message templates shipped: template id × language × tone, and the channels each can be sent on. */
@Path("/api/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    /**
     * One wording.
     *
     * @param generic whether it is its tone's generic template, the one a missing template of that tone falls back to
     */
    public record TemplateView(String templateId, String language, Tone tone, Set<Channel> channels, boolean generic) {
    }

    private final TemplateCatalog catalog;

    TemplateResource(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Lists every template id × language × tone and the channels it can render")
    public List<TemplateView> list() {
        return catalog.entries().stream()
                .map(e -> new TemplateView(e.templateId(), e.language(), e.tone(), e.channels(),
                        e.templateId().equals(FallbackOrder.GENERIC.get(e.tone()))))
                .toList();
    }
}
