package dev.arrears.analytics.publish;

import java.time.Duration;

/**
 * @param interval how often changed figures are published (wall-clock time); changes in between are
 *         published together
 * @param maxDaysBack how far back a correction republishes days on the stream
 */
public record PublishSettings(Duration interval, int maxDaysBack) {

    public static PublishSettings defaults() {
        return new PublishSettings(Duration.ofSeconds(5), 31);
    }
}
