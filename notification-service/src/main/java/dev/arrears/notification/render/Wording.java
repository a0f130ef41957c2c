package dev.arrears.notification.render;

import java.util.List;

/** The words of an email or letter, rendered from its wording file, which the channel's layout places around the items. */
public record Wording(String subject, List<Paragraph> body, List<Paragraph> closing) {

    public Wording {
        body = List.copyOf(body);
        closing = List.copyOf(closing);
    }
}
