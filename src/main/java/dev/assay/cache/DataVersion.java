package dev.assay.cache;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The data version as this instance knows it: the number the database moves in the same transaction as every
 * write to the data answers are made of (migration V8), learned at each commit from PostgreSQL's notifications
 * by a {@link DataVersionListener} on a connection of its own, so that no request has to ask the database.
 * While that connection is down, or between a notification and the read of the version it announces, the
 * version is {@link #UNKNOWN}: answers must then neither be served from nor stored in the cache.
 */
@ApplicationScoped
public class DataVersion {

    /** No version is known: the cache is bypassed. */
    public static final long UNKNOWN = -1;

    @Inject
    AnswerCacheConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** How long a writer waits at most to hear of its own commit. */
    private static final long HEARING_MILLIS = 2_000;

    private final List<Runnable> onReconnect = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Hearing> hearings = new ConcurrentLinkedQueue<>();
    private volatile long current = UNKNOWN;
    private volatile boolean listening;
    private volatile long connections;
    private DataVersionListener listener;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        listener = new DataVersionListener(this, url, username.orElse(null), password.orElse(null),
                config.listenerCheckInterval());
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    /** The version of the data as of the last commit this instance heard of, or {@link #UNKNOWN}. */
    public long current() {
        return current;
    }

    /** Whether the listener is connected and following the version. */
    public boolean listening() {
        return listening;
    }

    /**
     * Completes once this instance knows {@code version} or a later one, or its listener is down (queries then
     * bypass the cache), or after two seconds at most.
     */
    public CompletableFuture<Void> heard(long version) {
        if (!listening || current >= version) {
            return CompletableFuture.completedFuture(null);
        }
        Hearing hearing = new Hearing(version, new CompletableFuture<>());
        hearings.add(hearing);
        release();
        return hearing.heard().completeOnTimeout(null, HEARING_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code action} each time the listener connects again after losing its connection, before serving. */
    void whenReconnected(Runnable action) {
        onReconnect.add(action);
    }

    /** How many times the listener has connected since the start. */
    long connections() {
        return connections;
    }

    void connected(long version) {
        if (connections > 0) {
            // The database may have been restored or replaced meanwhile: start afresh
            onReconnect.forEach(Runnable::run);
        }
        current = version;
        listening = true;
        connections++;
        release();
    }

    /** A commit was announced: unknown until its version is read. */
    void changing() {
        current = UNKNOWN;
    }

    void read(long version) {
        current = version;
        release();
    }

    void lost() {
        current = UNKNOWN;
        listening = false;
        release();
    }

    /** Lets go those waiting for a version now known, or all of them while the listener is down. */
    private void release() {
        long known = current;
        boolean down = !listening;
        hearings.removeIf(hearing -> {
            boolean done = down || known >= hearing.version() || hearing.heard().isDone();
            if (done) {
                hearing.heard().complete(null);
            }
            return done;
        });
    }

    private record Hearing(long version, CompletableFuture<Void> heard) {
    }
}
