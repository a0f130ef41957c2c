package dev.arrears.notification.render;

import java.util.Arrays;
import java.util.List;

/** A paragraph of wording and its lines: wording files separate paragraphs by a blank line, and keep line breaks (sign-offs). */
public record Paragraph(List<String> lines) {

    public Paragraph {
        lines = List.copyOf(lines);
    }

    /** The lines as they stand, for plain text. */
    public String text() {
        return String.join("\n", lines);
    }

    public static List<Paragraph> of(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(p -> new Paragraph(Arrays.stream(p.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList()))
                .filter(p -> !p.lines().isEmpty())
                .toList();
    }
}
