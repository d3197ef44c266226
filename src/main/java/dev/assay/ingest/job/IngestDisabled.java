package dev.assay.ingest.job;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Skips ingest ticks when no inbox is configured. */
@Singleton
public class IngestDisabled implements Scheduled.SkipPredicate {

    @Inject
    IngestJob job;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !job.enabled();
    }
}
