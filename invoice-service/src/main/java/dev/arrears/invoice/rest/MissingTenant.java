package dev.arrears.invoice.rest;

/** The request does not name a valid tenant in the {@value TenantHeader#NAME} header. */
class MissingTenant extends RuntimeException {

    MissingTenant() {
        super("header " + TenantHeader.NAME + " must name the tenant (1 to 128 characters, no ':')");
    }
}
