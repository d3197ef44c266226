package dev.assay.ingest.job;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The scheduled ingest's settings ({@code assay.ingest.*}), each default stated here alone. The scheduler and
 * the import's transaction read {@code interval}, {@code delay} and {@code transaction-timeout} by name.
 */
@ConfigMapping(prefix = "assay.ingest")
public interface IngestConfig {

    /** The folder watched for feed files; unset or blank, there is no scheduled ingest. */
    Optional<String> inbox();

    /** Time between two ticks. */
    @WithDefault("30s")
    Duration interval();

    /** Time from start to the first tick. */
    @WithDefault("5s")
    Duration delay();

    /** How long a file must be unmodified before it is imported. */
    @WithDefault("10s")
    Duration settle();

    /** Seconds a file's import transaction may last: a history file of millions of prints is one transaction. */
    @WithDefault("3600")
    int transactionTimeout();

    /** Feeds polled over HTTP each tick. */
    Http http();

    /** The publisher that decoded publisher pages found in the inbox are credited to. */
    NuxtPublisher nuxtPublisher();

    /** Feeds polled over HTTP. */
    interface Http {

        /** Feed URLs polled into the inbox each tick. */
        Optional<List<URI>> urls();
    }

    /** A publisher as the ingest credits it. */
    interface NuxtPublisher {

        @WithDefault("benchmark-source")
        String slug();

        @WithDefault("Benchmark Source")
        String name();

        @WithDefault("https://source.benchmarkminerals.com")
        String url();
    }
}
