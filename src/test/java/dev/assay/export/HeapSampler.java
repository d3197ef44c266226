package dev.assay.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import io.quarkus.logging.Log;

/** Samples this JVM's heap, which the service under test shares, while an export runs: live and with garbage. */
final class HeapSampler implements AutoCloseable {

    static final long MB = 1024 * 1024;
    private static final long LIVE_EVERY_NANOS = 250_000_000L;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakLive;
    private volatile long peakUsed;
    private volatile int liveSamples;

    HeapSampler() {
        baseline = live();
        peakLive = baseline;
        peakUsed = baseline;
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** How much the live heap grew above its level before the action, at its highest. */
    long liveGrowth() {
        return peakLive - baseline;
    }

    long peakUsed() {
        return peakUsed;
    }

    long baseline() {
        return baseline;
    }

    int liveSamples() {
        return liveSamples;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        Log.infof("Heap during the export: baseline %.1f MB live, peak %.1f MB live after collection (growth %.1f MB, "
                + "%d samples), peak %.1f MB used including garbage", mb(baseline), mb(peakLive), mb(liveGrowth()),
                liveSamples, mb(peakUsed));
    }

    private static double mb(long bytes) {
        return bytes / (double) MB;
    }

    private void sample() {
        long nextLive = System.nanoTime() + LIVE_EVERY_NANOS;
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            if (System.nanoTime() >= nextLive) {
                peakLive = Math.max(peakLive, live());
                liveSamples++;
                nextLive = System.nanoTime() + LIVE_EVERY_NANOS;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long live() {
        // A full collection leaves only what is reachable: what the export holds, not what it has thrown away.
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
