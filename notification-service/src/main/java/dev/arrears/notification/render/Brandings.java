package dev.arrears.notification.render;

import dev.arrears.notification.config.BrandingConfig;
import dev.arrears.notification.config.BrandingConfig.Brand;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** Resolves each tenant's {@link Branding} from configuration: the tenant's entry, then the default entry, then built-ins. */
@ApplicationScoped
public class Brandings {

    static final String FALLBACK_SENDER = "Accounts Receivable";
    static final int FALLBACK_PAYMENT_DAYS = 7;

    private final BrandingConfig config;

    Brandings(BrandingConfig config) {
        this.config = config;
    }

    public Branding of(String tenantId) {
        Optional<Brand> own = Optional.ofNullable(config.tenants().get(tenantId));
        Optional<Brand> fallback = Optional.ofNullable(config.tenants().get(BrandingConfig.DEFAULT));
        return new Branding(
                pick(own, fallback, Brand::senderName).orElse(FALLBACK_SENDER),
                pick(own, fallback, Brand::senderAddress).map(Brandings::lines).orElse(List.of()),
                pick(own, fallback, Brand::logoUrl).orElse(null),
                pick(own, fallback, Brand::footer).orElse(null),
                pick(own, fallback, Brand::legalText).orElse(null),
                pick(own, fallback, Brand::paymentLink).orElse(null),
                pick(own, fallback, Brand::bankDetails).orElse(null),
                pick(own, fallback, Brand::contactEmail).orElse(null),
                pick(own, fallback, Brand::contactPhone).orElse(null),
                pick(own, fallback, Brand::defaultLanguage).orElse(Languages.ENGLISH),
                days(own).orElse(days(fallback).orElse(FALLBACK_PAYMENT_DAYS)),
                pick(own, fallback, Brand::homeCountry).map(c -> c.strip().toUpperCase(Locale.ROOT)).orElse(null));
    }

    private static Optional<String> pick(Optional<Brand> own, Optional<Brand> fallback, Function<Brand, Optional<String>> property) {
        return own.flatMap(property).filter(v -> !v.isBlank()).or(() -> fallback.flatMap(property).filter(v -> !v.isBlank()));
    }

    private static OptionalInt days(Optional<Brand> brand) {
        return brand.map(Brand::paymentDays).orElse(OptionalInt.empty());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
