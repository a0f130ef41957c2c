package dev.arrears.analytics.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters every series endpoint takes, documented once. */
public class FiguresParameters {

    @PathParam("tenantId")
    String tenantId;

    @QueryParam("currency")
    @Parameter(description = "ISO 4217 code; figures are per currency and never mixed", required = true, example = "EUR")
    String currency;

    @QueryParam("segment")
    @Parameter(description = "dimension=value as listed by GET .../series, e.g. size=LARGE; all customers by default", example = "all")
    String segment;

    @QueryParam("from")
    @Parameter(description = "first day (yyyy-mm-dd); 89 days before `to` by default", example = "2026-09-01")
    String from;

    @QueryParam("to")
    @Parameter(description = "last day (yyyy-mm-dd); today in the reporting zone by default", example = "2026-11-30")
    String to;
}
