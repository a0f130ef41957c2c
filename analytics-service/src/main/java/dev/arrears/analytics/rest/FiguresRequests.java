package dev.arrears.analytics.rest;

import dev.arrears.analytics.config.AnalyticsConfig;
import dev.arrears.analytics.domain.AnalyticsSettings;
import dev.arrears.analytics.domain.series.DailySeries;
import dev.arrears.analytics.domain.series.Period;
import dev.arrears.analytics.query.TenantFigures;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Locale;

/** Checks a request's parameters and reads the series it asks for. */
@ApplicationScoped
public class FiguresRequests {

    private final TenantFigures figures;
    private final Clock clock;
    private final AnalyticsSettings settings;

    FiguresRequests(TenantFigures figures, Clock clock, AnalyticsConfig config) {
        this.figures = figures;
        this.clock = clock;
        this.settings = config.settings();
    }

    SeriesQuery query(FiguresParameters parameters) {
        return SeriesQuery.of(parameters.tenantId, parameters.currency, parameters.segment, parameters.from, parameters.to,
                clock, settings.zone());
    }

    /** The series up to the query's last day; 404 when the tenant has no figures in that currency and segment. */
    DailySeries series(SeriesQuery query) {
        if (!figures.exists(query.tenantId(), query.currency(), query.segment())) {
            throw new NoFigures("tenant " + query.tenantId() + " has no figures in " + query.currency() + " for segment "
                    + query.segment());
        }
        return figures.series(query.tenantId(), query.currency(), query.segment(), query.to());
    }

    AnalyticsSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    static Period period(String value, Period defaultPeriod) {
        if (value == null) {
            return defaultPeriod;
        }
        try {
            return Period.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("period", "period must be DAY, WEEK, MONTH or QUARTER");
        }
    }
}
