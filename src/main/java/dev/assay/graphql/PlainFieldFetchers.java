package dev.assay.graphql;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Hands SmallRye GraphQL a {@link PlainFieldFetcher} for every property of an output type. Loaded by
 * {@link java.util.ServiceLoader}; registered for reflection so that a native image finds it too.
 */
@RegisterForReflection
public class PlainFieldFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PlainFieldFetcher<>(field, owner);
    }
}
