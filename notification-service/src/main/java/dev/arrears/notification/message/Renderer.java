package dev.arrears.notification.message;

/** Turns a template, a tone and the customer's items into the message a channel sends. Never answers blank content. */
public interface Renderer {

    /** @throws MissingTemplate when no template (not even a fallback) exists for the request */
    RenderedMessage render(RenderRequest request);
}
