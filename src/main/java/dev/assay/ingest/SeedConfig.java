package dev.assay.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the shipped seed documents are imported at start ({@code assay.seed.*}); the default stated here alone. */
@ConfigMapping(prefix = "assay.seed")
public interface SeedConfig {

    /** Import the seed documents at start (idempotent: a second start changes nothing). */
    @WithDefault("true")
    boolean importOnStart();
}
