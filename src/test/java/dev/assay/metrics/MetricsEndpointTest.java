package dev.assay.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.PrometheusScrape;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics serves the JVM, HTTP, database pool and GraphQL meters in the Prometheus text format. */
@QuarkusTest
class MetricsEndpointTest {

    private static final String TICKER_TIMINGS =
            "assay_graphql_operation_seconds_count{operation=\"TickerForMetrics\",outcome=\"ok\",type=\"query\"}";

    @Test
    void eachGraphQLOperationIsTimedUnderItsName() {
        double before = PrometheusScrape.now().value(TICKER_TIMINGS).orElse(0);

        GraphQLClient.postQuery("query TickerForMetrics { ticker { label } }", Map.of());
        GraphQLClient.postQuery("{ sectors { slug } }", Map.of());

        PrometheusScrape after = PrometheusScrape.now();
        assertEquals(before + 1, after.require(TICKER_TIMINGS), () -> after.toString());
        assertTrue(after.has("assay_graphql_operation_seconds_count{operation=\"anonymous\""),
                "an operation without a name has a series of its own");
    }

    @Test
    void theJvmHttpAndPoolMetersAreThere() {
        GraphQLClient.postQuery("{ sectors { slug } }", Map.of());
        PrometheusScrape scrape = PrometheusScrape.now();
        for (String series : new String[] { "jvm_memory_used_bytes{", "jvm_threads_live_threads",
                "process_cpu_usage", "http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/graphql\"}",
                "agroal_active_count{datasource=\"default\"}", "agroal_awaiting_count{datasource=\"default\"}",
                "assay_ingest_files_total{outcome=\"imported\"}" }) {
            assertTrue(scrape.has(series), series);
        }
    }
}
