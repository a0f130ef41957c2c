package dev.arrears.notification.render;

/** One fee or interest charge, formatted: e.g. {@code INV-7}, {@code Verzugszinsen}, {@code 12,34 €}. */
public record FeeLine(String reference, String label, String amount) {
}
