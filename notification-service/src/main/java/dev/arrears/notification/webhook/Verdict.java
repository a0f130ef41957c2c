package dev.arrears.notification.webhook;

/** Whether a callback's signature holds, and if not, why (for the log and the 401; never the body). */
record Verdict(boolean valid, String reason) {

    static final Verdict VALID = new Verdict(true, null);

    static Verdict refused(String reason) {
        return new Verdict(false, reason);
    }
}
