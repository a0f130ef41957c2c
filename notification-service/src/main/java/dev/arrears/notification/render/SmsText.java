package dev.arrears.notification.render;

import java.text.Normalizer;

/**
 * Fits a text message into as few segments as possible. A message in the GSM 03.38 alphabet takes 160 characters
 * (153 per part when split); one other character makes the whole message UCS-2, 70 (67) characters. So no-break
 * spaces (which locales put into amounts) and typographic punctuation become their plain forms, and if the message
 * would still need more than two UCS-2 parts, letters outside the GSM alphabet lose their accents (á → a), which
 * costs a little spelling and halves the price.
 */
public final class SmsText {

    /** The GSM 03.38 basic alphabet (one septet each). */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table: two septets each (an escape, then the character). */
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public static final int MAX_SEGMENTS = 2;

    private SmsText() {
    }

    /** The text on one line, in plain punctuation, and without accents where that saves segments. */
    public static String fit(String text) {
        String plain = plain(text);
        if (isGsm(plain) || segments(plain) <= MAX_SEGMENTS) {
            return plain;
        }
        String unaccented = unaccented(plain);
        return isGsm(unaccented) ? unaccented : plain;
    }

    /** How many parts the message is sent in. */
    public static int segments(String text) {
        if (isGsm(text)) {
            int septets = text.chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    public static boolean isGsm(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    private static String plain(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip()
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u201e', '"').replace('\u00ab', '"').replace('\u00bb', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...");
    }

    private static String unaccented(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String ch = Character.toString(c);
            if (GSM_BASIC.contains(ch) || GSM_EXTENSION.contains(ch)) {
                out.append(ch);
            } else {
                out.append(Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
            }
        });
        return out.toString();
    }
}
