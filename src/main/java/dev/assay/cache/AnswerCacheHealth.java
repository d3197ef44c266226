package dev.assay.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The answer cache, for operators: the data version this instance knows and whether its listener follows it.
 * Always UP: while the listener is down queries bypass the cache, so the instance answers correctly all the same.
 */
@Readiness
@ApplicationScoped
public class AnswerCacheHealth implements HealthCheck {

    static final String NAME = "Answer cache";

    @Inject
    AnswerCache cache;

    @Inject
    DataVersion version;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).up()
                .withData("enabled", cache.enabled())
                .withData("listening", version.listening())
                .withData("dataVersion", version.current())
                .withData("entries", cache.size())
                .build();
    }
}
