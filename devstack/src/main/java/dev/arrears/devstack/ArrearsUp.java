package dev.arrears.devstack;

import dev.arrears.devstack.service.ServiceProcess;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code ./arrears up}: starts the local platform and keeps it running until Ctrl-C. */
public final class ArrearsUp {

    private ArrearsUp() {
    }

    /** {@code --clock 2026-10-05T07:00:00Z --speed 3600}: a demo that starts on a Monday morning and lives an hour a second. */
    private static PlatformClock clock(String start, String speed) {
        double parsedSpeed;
        try {
            parsedSpeed = Double.parseDouble(speed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--speed " + speed + " is not a number");
        }
        if (start == null) {
            if (parsedSpeed != 1) {
                throw new IllegalArgumentException("--speed needs --clock: the instant the platform's time starts from");
            }
            return PlatformClock.REAL;
        }
        try {
            return PlatformClock.startingAt(Instant.parse(start), parsedSpeed);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--clock " + start + " is not an ISO-8601 instant such as 2026-10-05T07:00:00Z");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Path repo = Path.of(".").toAbsolutePath().normalize();
        Path home = null;
        boolean fresh = false;
        String clockStart = null;
        String clockSpeed = "1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--data" -> home = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--fresh" -> fresh = true;
                case "--clock" -> clockStart = args[++i];
                case "--speed" -> clockSpeed = args[++i];
                default -> {
                    System.err.println("arrears: unknown option " + args[i]
                            + " (usage: arrears up [--fresh] [--data DIR] [--clock INSTANT [--speed N]])");
                    System.exit(2);
                }
            }
        }
        DevStackSettings settings;
        try {
            settings = DevStackSettings.fromEnvironment(repo, home == null ? repo.resolve(".arrears") : home, fresh)
                    .withClock(clock(clockStart, clockSpeed));
        } catch (IllegalArgumentException e) {
            System.err.println("arrears: " + e.getMessage());
            System.exit(2);
            return;
        }
        DevStack stack = new DevStack(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            stack.close();
            stopped.countDown();
        }, "arrears-shutdown"));
        try {
            stack.up();
        } catch (RuntimeException e) {
            System.err.println("arrears: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("Press Ctrl-C to stop everything.");
        Set<String> reported = new HashSet<>();
        while (!stopped.await(2, TimeUnit.SECONDS)) {
            for (ServiceProcess service : stack.services()) {
                if (!stopping.get() && !service.isAlive() && reported.add(service.spec().name())) {
                    System.err.printf("arrears: %s stopped unexpectedly (exit code %d); see %s%n",
                            service.spec().name(), service.exitCode(), service.log());
                }
            }
        }
    }
}
