package dev.arrears.notification;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the test providers answer, per recipient address; every other address is delivered to the local mailbox.
 * Counts every provider call per message, the number a correct pipeline keeps at one.
 */
@Singleton
public class Script {

    /** How a provider treats a message to one address. */
    public enum Behaviour {
        /** 4xx: refused for good. */
        PERMANENT,
        /** 503 every time. */
        UNAVAILABLE,
        /** Delivers to the mailbox, then the worker hangs (as if its replica died right after the provider call). */
        HANG_AFTER_DELIVERY,
        /**
         * Takes the message but keeps no trace the pipeline could look up (as SendGrid and Twilio do), then the worker
         * hangs; only a webhook can tell. Later calls are delivered normally.
         */
        HANG_UNCONFIRMABLE
    }

    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile CountDownLatch hung = new CountDownLatch(1);
    private volatile CountDownLatch entered = new CountDownLatch(1);

    public void when(String address, Behaviour behaviour) {
        behaviours.put(address, behaviour);
    }

    /** The provider treats the address normally again (an outage is over). */
    public void recovers(String address) {
        behaviours.remove(address);
    }

    public Behaviour behaviour(String address) {
        return behaviours.get(address);
    }

    public int called(String messageId) {
        return calls.computeIfAbsent(messageId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** Provider calls made for the message so far. */
    public int calls(String messageId) {
        AtomicInteger count = calls.get(messageId);
        return count == null ? 0 : count.get();
    }

    /** Blocks the calling worker until {@link #releaseHungWorkers()}. */
    void hang() {
        entered.countDown();
        try {
            if (!hung.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("a hung test worker was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a worker hangs in a provider call. */
    public void awaitHungWorker() throws InterruptedException {
        if (!entered.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no worker reached the provider call");
        }
    }

    public void releaseHungWorkers() {
        hung.countDown();
    }

    public void reset() {
        releaseHungWorkers();
        behaviours.clear();
        hung = new CountDownLatch(1);
        entered = new CountDownLatch(1);
    }
}
