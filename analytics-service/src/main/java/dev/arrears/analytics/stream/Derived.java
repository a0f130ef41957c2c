package dev.arrears.analytics.stream;

/** What the customer's side made of an event: a change of the tenant's figures, or a dead letter. */
record Derived(TenantDelta delta, ParsedEvent failed) {

    boolean isFailure() {
        return failed != null;
    }
}
