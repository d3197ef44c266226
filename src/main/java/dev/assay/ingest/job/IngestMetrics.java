package dev.assay.ingest.job;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

/** Counters of this instance's ingest since it started: files, rows, failures and time spent. */
@ApplicationScoped
public class IngestMetrics {

    private final AtomicLong filesImported = new AtomicLong();
    private final AtomicLong filesFailed = new AtomicLong();
    private final AtomicLong filesSkipped = new AtomicLong();
    private final AtomicLong rowsWritten = new AtomicLong();
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong ticksWithoutLock = new AtomicLong();
    private final AtomicLong nanosSpent = new AtomicLong();
    private final AtomicReference<OffsetDateTime> lastTick = new AtomicReference<>();

    void imported(long rows, Duration took) {
        filesImported.incrementAndGet();
        rowsWritten.addAndGet(rows);
        nanosSpent.addAndGet(took.toNanos());
    }

    void skippedAsDuplicate(Duration took) {
        filesSkipped.incrementAndGet();
        nanosSpent.addAndGet(took.toNanos());
    }

    void failed(Duration took) {
        filesFailed.incrementAndGet();
        nanosSpent.addAndGet(took.toNanos());
    }

    void ticked(boolean lockHeld, OffsetDateTime at) {
        ticks.incrementAndGet();
        if (!lockHeld) {
            ticksWithoutLock.incrementAndGet();
        }
        lastTick.set(at);
    }

    public long getFilesImported() {
        return filesImported.get();
    }

    public long getFilesFailed() {
        return filesFailed.get();
    }

    public long getFilesSkipped() {
        return filesSkipped.get();
    }

    public long getRowsWritten() {
        return rowsWritten.get();
    }

    public long getTicks() {
        return ticks.get();
    }

    public long getTicksWithoutLock() {
        return ticksWithoutLock.get();
    }

    public long getMillisSpent() {
        return Duration.ofNanos(nanosSpent.get()).toMillis();
    }

    public OffsetDateTime getLastTick() {
        return lastTick.get();
    }

    public IngestStatus snapshot(boolean enabled, String inbox) {
        return new IngestStatus(enabled, inbox, getFilesImported(), getFilesFailed(), getFilesSkipped(),
                getRowsWritten(), getTicks(), getTicksWithoutLock(), getMillisSpent(), getLastTick());
    }
}
