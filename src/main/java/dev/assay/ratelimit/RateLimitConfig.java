package dev.assay.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The per-caller rate limit ({@code assay.rate-limit.*}), each default stated here alone. */
@ConfigMapping(prefix = "assay.rate-limit")
public interface RateLimitConfig {

    /** Off in the tests, which send far more than one caller would. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a caller may send at once. */
    @WithDefault("120")
    int burst();

    /** Requests a caller's budget regains a minute. */
    @WithDefault("600")
    int perMinute();
}
