package dev.assay.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/** Filters applied to every meter of the service before it is registered. */
@Singleton
public class MeterFilters {

    /**
     * Drops the port tag that the meters of an HTTP server other than the main one carry. Prometheus refuses
     * meters of one name with different tag keys, and Vert.x then fails to start that second server (an HTTP
     * feed served from the same Vert.x, say); its traffic counts with the main server's instead.
     */
    @Produces
    @Singleton
    MeterFilter oneSetOfTagsForEveryHttpServer() {
        return MeterFilter.ignoreTags("server.port");
    }
}
