package dev.assay.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;

/** How the answer cache has served queries so far: the counters it exposes as metrics. */
public record CacheCounts(double hits, double misses, double bypasses, double notModified) {

    public static CacheCounts now() {
        MeterRegistry registry = Arc.container().instance(MeterRegistry.class).get();
        return new CacheCounts(requests(registry, "hit"), requests(registry, "miss"), requests(registry, "bypass"),
                registry.get("assay.answer.cache.not.modified").counter().count());
    }

    /** The counts since {@code before}. */
    public CacheCounts since(CacheCounts before) {
        return new CacheCounts(hits - before.hits, misses - before.misses, bypasses - before.bypasses,
                notModified - before.notModified);
    }

    private static double requests(MeterRegistry registry, String outcome) {
        return registry.get("assay.answer.cache.requests").tag("outcome", outcome).counter().count();
    }
}
