package dev.arrears.analytics.query;

/** The state stores are being restored or moved between instances; the client should retry shortly. */
public class StoresNotReady extends RuntimeException {

    public StoresNotReady(String message, Throwable cause) {
        super(message, cause);
    }
}
