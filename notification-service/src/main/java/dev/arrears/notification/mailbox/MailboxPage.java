package dev.arrears.notification.mailbox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The local mailbox as one HTML page, newest first: each email with its subject and its HTML (in a sandboxed frame,
 * so its styles and links stay inside it), each SMS's text and each call's script. Plain HTML, no script.
 */
public final class MailboxPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private MailboxPage() {
    }

    public static String render(List<MailboxMessage> messages) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Arrears — local mailbox</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}
                article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
                header{display:flex;gap:1rem;flex-wrap:wrap;font-size:.9rem;color:#555}
                .channel{font-weight:bold;color:#fff;border-radius:4px;padding:0 .4rem}
                .EMAIL{background:#2563eb}.SMS{background:#16a34a}.VOICE{background:#9333ea}
                .duplicate{color:#b91c1c;font-weight:bold}
                iframe{width:100%;height:28rem;border:1px solid #eee}
                pre{white-space:pre-wrap;background:#f7f7f7;padding:.75rem;border-radius:4px}
                </style></head><body>
                <h1>Local mailbox</h1>
                <p>What customers would have received. No provider credentials are configured for these channels, so
                messages are kept here instead of being sent. Newest first.</p>
                """);
        if (messages.isEmpty()) {
            html.append("<p><em>Nothing has been sent yet.</em></p>\n");
        }
        for (MailboxMessage m : messages) {
            html.append("<article>\n<header><span class=\"channel ").append(m.channel()).append("\">").append(m.channel())
                    .append("</span><span>to ").append(escape(m.to())).append("</span><span>").append(escape(m.tenantId())).append(" / ")
                    .append(escape(m.customerId())).append("</span><span>").append(TIME.format(m.receivedAt())).append("</span><span>")
                    .append(escape(m.templateUsed())).append("</span>");
            if (m.requests() > 1) {
                html.append("<span class=\"duplicate\">handed over ").append(m.requests()).append(" times</span>");
            }
            html.append("</header>\n");
            switch (m.channel()) {
                case EMAIL -> {
                    html.append("<h2>").append(escape(m.subject())).append("</h2>\n");
                    html.append("<iframe sandbox title=\"").append(escape(m.subject())).append("\" srcdoc=\"").append(escape(m.html()))
                            .append("\"></iframe>\n");
                }
                case VOICE -> html.append("<p>Call script:</p><pre>").append(escape(m.text())).append("</pre>\n");
                default -> html.append("<pre>").append(escape(m.text())).append("</pre>\n");
            }
            html.append("</article>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
