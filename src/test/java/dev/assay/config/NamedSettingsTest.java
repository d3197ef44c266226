package dev.assay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The settings read by name rather than through their mapping (the import's transaction timeout, the ingest
 * schedule) see the defaults their mapping states, so that no reader needs a default of its own.
 */
@QuarkusTest
class NamedSettingsTest {

    @Test
    void namedReadersSeeTheMappingsDefaults() {
        var config = ConfigProvider.getConfig();
        assertEquals(3600, config.getValue("assay.ingest.transaction-timeout", Integer.class));
        assertEquals(Duration.ofSeconds(30), config.getValue("assay.ingest.interval", Duration.class));
        assertEquals(Duration.ofSeconds(5), config.getValue("assay.ingest.delay", Duration.class));
    }
}
