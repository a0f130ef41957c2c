package dev.arrears.invoice.rest;

/**
 * Every request names its tenant; every read and write is confined to it. Authentication, which will
 * derive the tenant from the caller's credentials, is its own issue.
 */
final class TenantHeader {

    static final String NAME = "X-Tenant-Id";

    private TenantHeader() {
    }

    static String require(String value) {
        if (value == null || value.isBlank()) {
            throw new MissingTenant();
        }
        if (value.indexOf(':') >= 0 || value.length() > 128) {
            throw new MissingTenant();
        }
        return value;
    }
}
