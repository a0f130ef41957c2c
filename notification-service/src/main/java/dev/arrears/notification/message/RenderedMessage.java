package dev.arrears.notification.message;

import dev.arrears.contracts.dunning.Channel;

/**
 * A message ready to send: for email a subject, HTML and plain text; for SMS the text; for a voice call the script
 * read to the customer; for a letter the HTML its PDF is printed from.
 *
 * @param templateUsed the template actually rendered, e.g. {@code overdue-firm/de/FIRM/email}
 * @param fallback why another template or language was used than asked for, or {@code null} when none was needed
 */
public record RenderedMessage(Channel channel, String subject, String html, String text, String templateUsed, String fallback) {
}
