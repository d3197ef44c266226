package dev.assay.price;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.assay.commodity.Commodity;
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
public class PricePublisher {

    private static final int PAGE = 1000;

    /* Each revision after a position with its print; a retraction carries the print's last value. */
    private static final String REVISIONS_AFTER = """
            SELECT r.id, p.commodity_id, p.assessed_on, r.kind, r.recorded_at,
                   COALESCE(r.value, (SELECT e.value FROM price_revision e
                                       WHERE e.price_point_id = r.price_point_id AND e.revision < r.revision
                                         AND e.value IS NOT NULL
                                       ORDER BY e.revision DESC LIMIT 1)) AS value
              FROM price_revision r JOIN price_point p ON p.id = r.price_point_id
             WHERE r.id > :after %s
             ORDER BY r.id
             LIMIT :limit
            """;

    @ConfigProperty(name = "assay.live.buffer", defaultValue = "1000")
    int buffer;

    @ConfigProperty(name = "assay.live.poll-interval", defaultValue = "1s")
    Duration pollInterval;

    @Inject
    EntityManager em;

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
        return buffer;
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
                wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
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
            List<Revision> page = QuarkusTransaction.requiringNew().call(() -> revisionsAfter(position, listening));
            // Taken after the read: a subscriber added meanwhile still gets every revision committed after it
            // subscribed, since those lie beyond this page.
            List<LiveFeed> receivers = List.copyOf(feeds);
            if (!page.isEmpty()) {
                List<PricePublication> publications = QuarkusTransaction.requiringNew()
                        .call(() -> publications(page, receivers));
                Instant now = Instant.now();
                for (int i = 0; i < page.size(); i++) {
                    PricePublication publication = publications.get(i);
                    if (publication != null) {
                        for (LiveFeed feed : receivers) {
                            feed.offer(page.get(i).id(), publication, now);
                        }
                    }
                }
                position = page.get(page.size() - 1).id();
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** The next page of revisions, only of the commodities someone follows when nobody follows them all. */
    @SuppressWarnings("unchecked")
    private List<Revision> revisionsAfter(long after, List<LiveFeed> listening) {
        Set<Long> followed = new HashSet<>();
        for (LiveFeed feed : listening) {
            if (feed.commodityIds() == null) {
                followed = null;
                break;
            }
            followed.addAll(feed.commodityIds());
        }
        var query = em.createNativeQuery(REVISIONS_AFTER.formatted(followed == null ? "" : "AND p.commodity_id IN (:ids)"))
                .setParameter("after", after)
                .setParameter("limit", PAGE);
        if (followed != null) {
            if (followed.isEmpty()) {
                return List.of();
            }
            query.setParameter("ids", followed);
        }
        List<Revision> revisions = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            LocalDate date = row[2] instanceof LocalDate d ? d : ((Date) row[2]).toLocalDate();
            revisions.add(new Revision(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), date,
                    PriceRevision.Kind.valueOf((String) row[3]), recordedAt(row[4]), (BigDecimal) row[5]));
        }
        return revisions;
    }

    /**
     * One publication per revision, null where no receiver follows the commodity; the deltas are each
     * commodity's as of its latest print now, computed once per commodity of the page.
     */
    private List<PricePublication> publications(List<Revision> page, List<LiveFeed> receivers) {
        Set<Long> wanted = new HashSet<>();
        for (Revision revision : page) {
            if (receivers.stream().anyMatch(feed -> feed.follows(revision.commodityId()))) {
                wanted.add(revision.commodityId());
            }
        }
        Map<Long, Commodity> commodities = new HashMap<>();
        if (!wanted.isEmpty()) {
            Commodity.<Commodity>list("id in ?1", wanted).forEach(c -> commodities.put(c.id, c));
        }
        Map<Long, List<Delta>> deltas = deltas(commodities);
        List<PricePublication> publications = new ArrayList<>(page.size());
        for (Revision revision : page) {
            Commodity commodity = commodities.get(revision.commodityId());
            publications.add(commodity == null ? null : new PricePublication(commodity,
                    new Print(revision.date(), revision.value()), revision.outcome(), revision.recordedAt(),
                    deltas.get(commodity.id)));
        }
        return publications;
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
            deltas.put(id, tail.isEmpty() ? List.of() : Ticker.entry(commodity, tail, printed.get(id)).deltas);
        });
        return deltas;
    }

    private static OffsetDateTime recordedAt(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof Instant at) {
            return at.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /** One revision as the dispatcher reads it. */
    private record Revision(long id, long commodityId, LocalDate date, PriceRevision.Kind kind,
            OffsetDateTime recordedAt, BigDecimal value) {

        PriceRecorder.Outcome outcome() {
            return switch (kind) {
                case INITIAL -> PriceRecorder.Outcome.CREATED;
                case CORRECTION -> PriceRecorder.Outcome.CORRECTED;
                case RETRACTION -> PriceRecorder.Outcome.RETRACTED;
            };
        }
    }
}
