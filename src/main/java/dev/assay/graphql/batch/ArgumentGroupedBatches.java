package dev.assay.graphql.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Hands SmallRye GraphQL an {@link ArgumentGroupedBatchLoader} for every resolver of a field on a type
 * ({@code @Source}) that takes arguments, wrapped around the loader SmallRye would otherwise use (Quarkus's,
 * which runs resolvers on worker threads). Loaded by {@link ServiceLoader}, as SmallRye loads every
 * {@link DataFetcherService}; registered for reflection so that a native image finds it too.
 */
@RegisterForReflection
public class ArgumentGroupedBatches implements DataFetcherService {

    private volatile List<DataFetcherService> others;

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public PlugableBatchableDataFetcher getOtherWrappedDataFetcher(Operation operation, Type type) {
        if (!operation.isSourceField() || operation.getArguments().stream().allMatch(Argument::isSourceArgument)) {
            return null;
        }
        return new ArgumentGroupedBatchLoader<>(defaultFetcher(operation, type));
    }

    /** What SmallRye falls back to for this operation: the first service's default fetcher, else its own. */
    @SuppressWarnings("rawtypes")
    private PlugableBatchableDataFetcher defaultFetcher(Operation operation, Type type) {
        for (DataFetcherService service : others()) {
            PlugableBatchableDataFetcher fetcher = service.getDefaultDataFetcher(operation, type);
            if (fetcher != null) {
                return fetcher;
            }
        }
        return new DefaultDataFetcher<>(operation, type);
    }

    private List<DataFetcherService> others() {
        List<DataFetcherService> services = others;
        if (services == null) {
            services = new ArrayList<>();
            for (DataFetcherService service : ServiceLoader.load(DataFetcherService.class)) {
                if (!(service instanceof ArgumentGroupedBatches)) {
                    services.add(service);
                }
            }
            services.sort(Comparator.comparing(DataFetcherService::getPriority));
            others = services;
        }
        return services;
    }
}
