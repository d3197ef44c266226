package dev.assay.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How callers' entitlements are read ({@code assay.access.*}), each default stated here alone. */
@ConfigMapping(prefix = "assay.access")
public interface AccessConfig {

    /** The bearer token's claim listing the subscription tiers a subscriber holds. */
    @WithDefault("tiers")
    String tiersClaim();
}
