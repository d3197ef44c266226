package dev.assay.ingest.job;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Skips ingest ticks when no inbox is configured. */
@Singleton
public class IngestDisabled implements Scheduled.SkipPredicate {

    @Override
    public boolean test(ScheduledExecution execution) {
        return ConfigProvider.getConfig().getOptionalValue("assay.ingest.inbox", String.class)
                .filter(dir -> !dir.isBlank()).isEmpty();
    }
}
