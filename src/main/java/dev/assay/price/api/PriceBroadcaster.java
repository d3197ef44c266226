package dev.assay.price.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import dev.assay.commodity.Commodity;
import dev.assay.price.calc.Print;
import dev.assay.price.store.PricePoint;
import dev.assay.price.store.PriceRecorder;
import dev.assay.price.store.PriceRepository;
import dev.assay.price.store.PriceRevision;
import dev.assay.price.store.ReportedFigures;
import dev.assay.price.store.ReportedFiguresRepository;
import dev.assay.price.store.RevisionsWritten;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends committed prints to live subscribers, each exactly once and in commit order. One dispatcher reads the
 * revisions table after the last revision it sent, the order the change feed reads, which writers hand out ids
 * in (see PriceRecorder); it is woken by every commit of this instance and polls for those of other replicas.
 * Nothing is sent that was not committed, and nothing committed is missed: not under concurrent writers, not
 * when a bulk import writes millions, not while the database is away (the dispatcher waits and resumes where it
 * stopped). It reads only while someone listens.
 */
@ApplicationScoped
public class PriceBroadcaster {

    private static final int PAGE = 1000;

    @Inject
    LiveConfig config;

    @Inject
    PriceRepository prices;

    @Inject
    ReportedFiguresRepository reportedFigures;

    private final List<LiveFeed> feeds = new CopyOnWriteArrayList<>();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread dispatcher;
    /** The last revision sent; only the dispatcher thread reads and writes it. Negative: none is listening. */
    private long position = -1;

    void start(@Observes StartupEvent event) {
        running = true;
        dispatcher = new Thread(this::dispatch, "live-updates");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /**
     * Completes every live subscription as soon as shutdown starts (readiness is DOWN by then), so that clients
     * see a clean end and resubscribe on another replica while this one finishes its requests.
     */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        feeds.forEach(LiveFeed::complete);
    }

    /** Completes every live subscription, so that clients see a clean end and resubscribe elsewhere. */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (dispatcher != null) {
            dispatcher.interrupt();
        }
        feeds.forEach(LiveFeed::complete);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevisionsWritten written) {
        wake.release();
    }

    /** The buffer each subscriber gets, in publications. */
    int buffer() {
        return config.buffer();
    }

    /** The latest revision committed: a new subscriber is sent the ones after it. */
    long head() {
        return QuarkusTransaction.requiringNew().call(PriceRevision::latestId);
    }

    void add(LiveFeed feed) {
        feeds.add(feed);
        wake.release();
    }

    void remove(LiveFeed feed) {
        feeds.remove(feed);
    }

    /** How many subscribers are listening. */
    public int listeners() {
        return feeds.size();
    }

    private void dispatch() {
        boolean databaseAway = false;
        while (running) {
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                sendWhatWasCommitted();
                if (databaseAway) {
                    Log.info("Live updates: the database is back; sending what was committed meanwhile");
                    databaseAway = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!databaseAway) {
                    Log.warnf("Live updates paused, will retry: %s", e.getMessage());
                    databaseAway = true;
                }
            }
        }
    }

    private void sendWhatWasCommitted() {
        while (running) {
            List<LiveFeed> listening = List.copyOf(feeds);
            if (listening.isEmpty()) {
                position = -1;
                return;
            }
            if (position < 0) {
                position = listening.stream().mapToLong(LiveFeed::startAfter).min().orElseThrow();
            }
            long after = position;
            int read = QuarkusTransaction.requiringNew().call(() -> send(after, listening));
            if (read < PAGE) {
                return;
            }
        }
    }

    /** Sends the next page of revisions after {@code after}; returns how many it read. */
    private int send(long after, List<LiveFeed> listening) {
        List<PriceRevision> page = PriceRevision.committedAfter(after, followed(listening), PAGE);
        // Taken after the read: a subscriber added meanwhile still gets every revision committed after it
        // subscribed, since those lie beyond this page.
        List<LiveFeed> receivers = List.copyOf(feeds);
        Map<Long, Commodity> wanted = new HashMap<>();
        for (PriceRevision revision : page) {
            Commodity commodity = revision.pricePoint.commodity;
            if (receivers.stream().anyMatch(feed -> feed.follows(commodity.id))) {
                wanted.put(commodity.id, commodity);
            }
        }
        Map<Long, List<Delta>> deltas = deltas(wanted);
        Instant now = Instant.now();
        for (PriceRevision revision : page) {
            PricePoint point = revision.pricePoint;
            if (wanted.containsKey(point.commodity.id)) {
                PricePublication publication = new PricePublication(point.commodity,
                        new Print(point.assessedOn, revision.value != null ? revision.value : point.value),
                        outcomeOf(revision.kind), revision.recordedAt, deltas.get(point.commodity.id));
                receivers.forEach(feed -> feed.offer(revision.id, publication, now));
            }
        }
        if (!page.isEmpty()) {
            position = page.get(page.size() - 1).id;
        }
        return page.size();
    }

    /** The commodities someone follows, or null when someone follows them all. */
    private static Set<Long> followed(List<LiveFeed> listening) {
        Set<Long> followed = new HashSet<>();
        for (LiveFeed feed : listening) {
            if (feed.commodityIds() == null) {
                return null;
            }
            followed.addAll(feed.commodityIds());
        }
        return followed;
    }

    private Map<Long, List<Delta>> deltas(Map<Long, Commodity> commodities) {
        Map<Long, List<Delta>> deltas = new HashMap<>();
        if (commodities.isEmpty()) {
            return deltas;
        }
        Map<Long, List<Print>> tails = prices.recentTails(commodities.keySet(), null);
        Map<Long, LocalDate> latestDates = new HashMap<>();
        tails.forEach((id, tail) -> {
            if (!tail.isEmpty()) {
                latestDates.put(id, tail.get(tail.size() - 1).date());
            }
        });
        Map<Long, ReportedFigures> printed = reportedFigures.printedOn(latestDates, null);
        commodities.forEach((id, commodity) -> {
            List<Print> tail = tails.getOrDefault(id, List.of());
            deltas.put(id, tail.isEmpty() ? List.of() : TickerEntries.entry(commodity, tail, printed.get(id)).deltas);
        });
        return deltas;
    }

    private static PriceRecorder.Outcome outcomeOf(PriceRevision.Kind kind) {
        return switch (kind) {
            case INITIAL -> PriceRecorder.Outcome.CREATED;
            case CORRECTION -> PriceRecorder.Outcome.CORRECTED;
            case RETRACTION -> PriceRecorder.Outcome.RETRACTED;
        };
    }
}
