package dev.assay.support;

import java.util.Set;

/**
 * The endpoints that probes and Prometheus use. The integration test proves the packaged service serves
 * them; the manifest test that the manifests use no others.
 */
public final class OperatorEndpoints {

    public static final String LIVE = "/q/health/live";
    public static final String READY = "/q/health/ready";
    public static final String STARTED = "/q/health/started";
    public static final String METRICS = "/q/metrics";

    public static final Set<String> HEALTH = Set.of(LIVE, READY, STARTED);

    private OperatorEndpoints() {
    }
}
