package dev.assay.price.api;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The live updates' settings ({@code assay.live.*}), each default stated here alone. */
@ConfigMapping(prefix = "assay.live")
public interface LiveConfig {

    /** Updates a live subscriber may fall behind before its stream is ended. */
    @WithDefault("1000")
    int buffer();

    /** How often the dispatcher looks for prints other replicas committed. */
    @WithDefault("1s")
    Duration pollInterval();
}
