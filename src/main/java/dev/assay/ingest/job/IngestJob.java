package dev.assay.ingest.job;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.database.DatabaseAvailability;
import dev.assay.database.DatabaseFailures;
import dev.assay.ingest.DocumentImporter;
import dev.assay.ingest.ImportSummary;
import dev.assay.ingest.feed.FeedFile;
import dev.assay.ingest.feed.FeedFormatException;
import dev.assay.ingest.feed.FeedKind;
import dev.assay.ingest.feed.Inbox;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.price.calc.InvalidPrintException;
import dev.assay.publisher.PublisherRef;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Scheduled ingest: each tick, on the one replica that holds the ingest lock, imports every settled file
 * of the inbox in its own transaction and moves it to processed/, or to failed/ with the reason.
 */
@ApplicationScoped
public class IngestJob {

    /** PostgreSQL's state for a statement cancelled, as the transaction reaper does at the timeout. */
    private static final String QUERY_CANCELED = "57014";

    @Inject
    IngestConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseAvailability database;

    @Inject
    DocumentImporter importer;

    @Inject
    IngestMetrics metrics;

    @Inject
    Clock clock;

    private HttpFeedSource httpSource;

    @jakarta.annotation.PostConstruct
    void init() {
        httpSource = new HttpFeedSource(clock);
    }

    @Scheduled(identity = "ingest", every = "${assay.ingest.interval}", delayed = "${assay.ingest.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = IngestDisabled.class)
    void tick() {
        runOnce();
    }

    public boolean enabled() {
        return config.inbox().filter(dir -> !dir.isBlank()).isPresent();
    }

    public IngestStatus status() {
        return metrics.snapshot(enabled(), config.inbox().orElse(null));
    }

    /** One tick over the configured inbox and feeds: false when disabled or another replica held the lock. */
    public boolean runOnce() {
        return enabled() && runOnce(new Inbox(Path.of(config.inbox().get()), config.settle(), clock),
                config.http().urls().orElse(List.of()));
    }

    /**
     * One tick: polls {@code feeds} into the inbox, then imports the inbox; false when another replica held
     * the lock, so this one did nothing.
     */
    public boolean runOnce(Inbox inbox, List<URI> feeds) {
        if (!database.isUp()) {
            Log.debugf("Ingest tick skipped: the database cannot be reached; %s waits", inbox.root());
            return false;
        }
        Log.debugf("Ingest tick over %s", inbox.root());
        try (IngestLock lock = IngestLock.tryAcquire(dataSource)) {
            metrics.ticked(lock.held(), OffsetDateTime.now(clock));
            if (!lock.held()) {
                Log.debug("Another replica holds the ingest lock; skipping this tick");
                return false;
            }
            for (URI feed : feeds) {
                httpSource.poll(feed, inbox.root());
            }
            for (Path file : inbox.pending()) {
                if (!ingest(inbox, file)) {
                    break;
                }
            }
            return true;
        } catch (SQLException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                Log.warnf("Ingest paused: the database is unavailable (%s); the inbox waits for the next tick",
                        e.getMessage());
            } else {
                Log.errorf("Ingest tick failed to reach the database: %s", e.getMessage());
            }
            return false;
        }
    }

    /** Imports one file; false when the database went away meanwhile, so the file stays for the next tick. */
    private boolean ingest(Inbox inbox, Path file) {
        String name = file.getFileName().toString();
        long started = System.nanoTime();
        try {
            ImportSummary summary = importFile(file, name);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            long rows = (long) summary.printsCreated() + summary.printsCorrected() + summary.articlesCreated()
                    + summary.articlesUpdated();
            if (summary.equals(ImportSummary.NOTHING)) {
                metrics.skippedAsDuplicate(took);
                Log.infof("Ingest %s: imported before, nothing written (%d ms)", name, took.toMillis());
            } else {
                metrics.imported(rows, took);
                Log.infof("Ingest %s: %s (%d ms)", name, summary, took.toMillis());
            }
            inbox.markProcessed(file);
            return true;
        } catch (RuntimeException | IOException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                Log.warnf("Ingest %s paused, nothing imported: the database is unavailable (%s); the file stays in the "
                        + "inbox for the next tick", name, e.getMessage());
                return false;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String reason = reasonOf(e);
            metrics.failed(took);
            Log.warnf("Ingest %s failed, nothing imported: %s", name, reason);
            inbox.markFailed(file, reason);
            return true;
        }
    }

    private ImportSummary importFile(Path file, String name) throws IOException {
        FeedKind kind = FeedFile.requireKind(name);
        return switch (kind) {
            case NUXT_PAGE -> importer.importNuxtPage(name, Files.readString(file, StandardCharsets.UTF_8),
                    new PublisherRef(config.nuxtPublisher().slug(), config.nuxtPublisher().name(),
                            config.nuxtPublisher().url()));
            case CSV, NDJSON -> importer.importPriceFeed(name, file, kind, LocalDate.now(clock));
        };
    }

    /** The most specific message: a feed error says line and field; others say what failed, never a trace. */
    String reasonOf(Throwable error) {
        Throwable deepest = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeedFormatException || cause instanceof MalformedPayloadException
                    || cause instanceof InvalidPrintException) {
                return cause.getMessage();
            }
            deepest = cause;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (QUERY_CANCELED.equals(sql.getSQLState())) {
                    return "the import took longer than its transaction may last (" + config.transactionTimeout()
                            + " s, ASSAY_INGEST_TRANSACTION_TIMEOUT) and was rolled back";
                }
                return "the database refused the data: " + sql.getMessage();
            }
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
