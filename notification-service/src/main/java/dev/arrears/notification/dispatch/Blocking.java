package dev.arrears.notification.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Callable;

/**
 * Runs blocking work (a provider SDK, a renderer, the mailbox's JDBC) on a worker thread and resumes on the caller's
 * Vert.x context, where the reactive Hibernate session of the next step lives.
 */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Uni<T> call(Callable<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("blocking work must be started from a Vert.x context");
        }
        return Uni.createFrom().emitter(emitter -> context.<T>executeBlocking(work, false).onComplete(result -> {
            if (result.succeeded()) {
                emitter.complete(result.result());
            } else {
                emitter.fail(result.cause());
            }
        }));
    }
}
