package dev.assay.ingest.job;

import java.time.OffsetDateTime;
import java.util.function.ToDoubleFunction;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes this instance's ingest counters ({@link IngestMetrics}) as Micrometer meters, read from the
 * counters when scraped: files by outcome, rows written, ticks with and without the lock, time spent and the
 * last tick.
 */
@Singleton
public class IngestMeters implements MeterBinder {

    @Inject
    IngestMetrics metrics;

    @Override
    public void bindTo(MeterRegistry registry) {
        // outcome: imported; failed (moved to failed/ with a reason); duplicate (imported before, nothing written)
        files(registry, "imported", IngestMetrics::getFilesImported);
        files(registry, "failed", IngestMetrics::getFilesFailed);
        files(registry, "duplicate", IngestMetrics::getFilesSkipped);
        FunctionCounter.builder("assay.ingest.rows", metrics, IngestMetrics::getRowsWritten)
                .description("Prints created or corrected and articles created or updated by imported files")
                .register(registry);
        // lock: held (this replica ingested), elsewhere (another replica held the ingest lock)
        ticks(registry, "held", m -> m.getTicks() - m.getTicksWithoutLock());
        ticks(registry, "elsewhere", IngestMetrics::getTicksWithoutLock);
        FunctionCounter.builder("assay.ingest.time", metrics, m -> m.getMillisSpent() / 1000.0)
                .baseUnit("seconds").description("Time spent importing files").register(registry);
        Gauge.builder("assay.ingest.last.tick", metrics, IngestMeters::lastTickEpochSeconds)
                .baseUnit("seconds").description("When the last scheduler tick ran, in seconds since the epoch")
                .register(registry);
    }

    private void files(MeterRegistry registry, String outcome, ToDoubleFunction<IngestMetrics> count) {
        FunctionCounter.builder("assay.ingest.files", metrics, count).tag("outcome", outcome)
                .description("Feed files handled by the scheduled ingest, by outcome").register(registry);
    }

    private void ticks(MeterRegistry registry, String lock, ToDoubleFunction<IngestMetrics> count) {
        FunctionCounter.builder("assay.ingest.ticks", metrics, count).tag("lock", lock)
                .description("Scheduled ingest ticks, by who held the ingest lock").register(registry);
    }

    private static double lastTickEpochSeconds(IngestMetrics metrics) {
        OffsetDateTime lastTick = metrics.getLastTick();
        return lastTick == null ? Double.NaN : lastTick.toEpochSecond();
    }
}
