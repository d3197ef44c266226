package dev.assay.ingest.job;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;

/** A snapshot of this instance's ingest counters. */
@Description("This instance's scheduled ingest: configuration and counters since it started.")
public record IngestStatus(
        @Description("Whether an inbox is configured.") boolean enabled,
        @Description("The inbox folder, if configured.") String inbox,
        @Description("Files imported.") long filesImported,
        @Description("Files moved to failed/ with a reason.") long filesFailed,
        @Description("Files whose content had been imported before: moved to processed/, nothing written.") long filesSkipped,
        @Description("Prints created or corrected by imported files.") long rowsWritten,
        @Description("Scheduler ticks run.") long ticks,
        @Description("Ticks skipped because another replica held the ingest lock.") long ticksWithoutLock,
        @Description("Milliseconds spent importing files.") long millisSpent,
        @Description("When the last tick ran.") OffsetDateTime lastTick) {
}
