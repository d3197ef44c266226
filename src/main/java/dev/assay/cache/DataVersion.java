package dev.assay.cache;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

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

    private final List<Runnable> onReconnect = new CopyOnWriteArrayList<>();
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
    }

    /** A commit was announced: unknown until its version is read. */
    void changing() {
        current = UNKNOWN;
    }

    void read(long version) {
        current = version;
    }

    void lost() {
        current = UNKNOWN;
        listening = false;
    }
}
