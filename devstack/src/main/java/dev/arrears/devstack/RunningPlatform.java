package dev.arrears.devstack;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the started platform can be reached. */
public record RunningPlatform(int postgresPort, String kafkaBootstrapServers, Map<String, String> serviceUrls, Path home) {

    public RunningPlatform {
        serviceUrls = Collections.unmodifiableMap(new LinkedHashMap<>(serviceUrls));
    }

    public String url(String service) {
        String url = serviceUrls.get(service);
        if (url == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return url;
    }
}
