package dev.arrears.notification.message;

/** No template, not even a fallback, exists for a request: the message is not sent and the reason is reported. */
public class MissingTemplate extends RuntimeException {

    public MissingTemplate(String message) {
        super(message);
    }
}
