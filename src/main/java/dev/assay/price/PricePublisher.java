package dev.assay.price;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import dev.assay.commodity.Commodity;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Pushes committed prints to live subscribers. Only after a successful commit, so a rolled-back write is
 * never announced; and only while someone listens, so bulk imports cost nothing extra otherwise.
 */
@ApplicationScoped
public class PricePublisher {

    private final BroadcastProcessor<PricePublication> processor = BroadcastProcessor.create();
    private final AtomicInteger listeners = new AtomicInteger();

    @Inject
    PriceRepository prices;

    @Inject
    ReportedFiguresRepository reportedFigures;

    /** Every publication from now on; filter per subscriber. */
    public Multi<PricePublication> stream() {
        return processor
                .onSubscription().invoke(() -> listeners.incrementAndGet())
                .onTermination().invoke(() -> listeners.decrementAndGet());
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PrintPublished event) {
        if (listeners.get() == 0) {
            return;
        }
        try {
            PricePublication publication = QuarkusTransaction.requiringNew().call(() -> publicationOf(event));
            processor.onNext(publication);
        } catch (RuntimeException e) {
            Log.warnf("Could not announce the print of commodity %d on %s: %s", event.commodityId(), event.date(),
                    e.getMessage());
        }
    }

    /**
     * Completes every live subscription when the service starts shutting down (readiness is DOWN by then), so
     * that clients see a clean end of stream and resubscribe on another replica.
     */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        completeSubscriptions();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        completeSubscriptions();
    }

    void completeSubscriptions() {
        if (listeners.get() > 0) {
            Log.infof("Shutting down: completing %d live subscriptions", listeners.get());
        }
        processor.onComplete();
    }

    private PricePublication publicationOf(PrintPublished event) {
        Commodity commodity = Commodity.findById(event.commodityId());
        List<Print> tail = prices.recentTails(List.of(commodity.id), null).get(commodity.id);
        List<Delta> deltas = List.of();
        if (!tail.isEmpty()) {
            ReportedFigures printed = reportedFigures
                    .printedOn(Map.of(commodity.id, tail.get(tail.size() - 1).date()), null).get(commodity.id);
            deltas = Ticker.entry(commodity, tail, printed).deltas;
        }
        return new PricePublication(commodity, new Print(event.date(), event.value()), event.outcome(),
                event.recordedAt(), deltas);
    }
}
