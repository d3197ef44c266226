package dev.assay.database;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The database availability's settings ({@code assay.database.*}), each default stated here alone. */
@ConfigMapping(prefix = "assay.database")
public interface DatabaseConfig {

    /** How often the probe connection checks that the database answers. */
    @WithDefault("500ms")
    Duration probeInterval();
}
