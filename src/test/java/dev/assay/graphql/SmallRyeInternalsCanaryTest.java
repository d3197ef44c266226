package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import jakarta.inject.Inject;

import org.dataloader.BatchLoaderEnvironment;
import org.junit.jupiter.api.Test;

import dev.assay.graphql.batch.ArgumentGroupedBatches;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Pins what our engine code assumes about SmallRye GraphQL's internals, one assumption a test, so that an
 * upgrade that changes one fails here, by name, rather than as wrong answers elsewhere. Each says why we
 * rely on it; when one fails, revisit the code it names.
 */
@QuarkusTest
class SmallRyeInternalsCanaryTest {

    @Inject
    GraphQLSchema schema;

    /**
     * {@code ArgumentGroupedBatchLoader} exists because SmallRye calls a batched resolver with the arguments of
     * the first key of the batch. If this fails, SmallRye groups by arguments itself: our grouping may go.
     */
    @Test
    void aBatchIsCalledWithTheArgumentsOfItsFirstKey() {
        List<Object> keys = List.of("first-parent", "second-parent");
        List<Object> contexts = List.of(Map.of(BatchLoaderHelper.ARGUMENTS, List.of("2026-05-27")),
                Map.of(BatchLoaderHelper.ARGUMENTS, List.of("2026-01-15")));
        BatchLoaderEnvironment environment = BatchLoaderEnvironment.newBatchLoaderEnvironment()
                .keyContexts(keys, contexts).build();
        Object[] arguments = new BatchLoaderHelper().getArguments(new BatchLoaderHelper().getBatchContext(keys, environment));
        assertEquals(List.of(keys, "2026-05-27"), List.of(arguments));
    }

    /**
     * {@code LoadKeys} reads the field's arguments from the key context of each load: the map SmallRye's
     * {@link BatchDataFetcher} passes, holding the field's environment under this key.
     */
    @Test
    void aLoadsKeyContextHoldsTheFieldsEnvironmentUnderAKnownKey() {
        assertEquals("dataFetchingEnvironment", BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT);
        assertEquals("arguments", BatchLoaderHelper.ARGUMENTS);
    }

    /** Batched fields are still fetched by SmallRye's batch fetcher, whose loaders our service supplies. */
    @Test
    void batchedFieldsAreFetchedThroughDataLoaders() {
        GraphQLObjectType commodity = schema.getObjectType("Commodity");
        for (String field : List.of("latest", "history", "deltas", "stats")) {
            assertInstanceOf(BatchDataFetcher.class, schema.getCodeRegistry().getDataFetcher(
                    FieldCoordinates.coordinates(commodity, field), commodity.getFieldDefinition(field)), field);
        }
    }

    /**
     * Our loaders wrap the default fetcher of the first other service: Quarkus's, which runs resolvers on
     * worker threads (they use JDBC). Without it resolvers would run on the event loop.
     */
    @Test
    void quarkusSuppliesTheDefaultFetcherWeWrap() {
        List<String> services = new ArrayList<>();
        Map<String, Integer> priorities = new HashMap<>();
        for (DataFetcherService service : ServiceLoader.load(DataFetcherService.class)) {
            services.add(service.getClass().getName());
            priorities.put(service.getClass().getName(), service.getPriority());
        }
        String quarkus = "io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService";
        assertTrue(services.contains(quarkus), () -> services.toString());
        assertTrue(services.contains(ArgumentGroupedBatches.class.getName()), () -> services.toString());
        assertTrue(priorities.get(quarkus) < priorities.get(ArgumentGroupedBatches.class.getName()));
    }
}
