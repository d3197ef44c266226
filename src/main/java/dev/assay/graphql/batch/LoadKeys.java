package dev.assay.graphql.batch;

import java.util.Map;

import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import graphql.execution.ResultPath;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;

/**
 * Keys a batched field's loads by its parent object and its arguments, compared by value.
 * <p>
 * SmallRye's loaders cache each load under a hash of the arguments and of the parent, an int: two loads
 * whose hashes collide (dates chosen to, say) would share one answer. Our key is the pair itself. The key
 * context of a load is the map SmallRye's {@code BatchDataFetcher} builds, which carries the field's
 * {@link DataFetchingEnvironment}; {@code SmallRyeInternalsCanaryTest} pins that shape.
 */
public final class LoadKeys {

    private static final CacheKey<Object> PARENT_AND_ARGUMENTS = new CacheKey<>() {
        @Override
        public Object getKey(Object parent) {
            return parent;
        }

        @Override
        public Object getKeyWithContext(Object parent, Object context) {
            return new LoadKey(parent, argumentsOf(context), mutationFieldOf(context));
        }
    };

    private LoadKeys() {
    }

    /** The field arguments of a load, as coerced by graphql-java; empty when the context carries none. */
    static Map<String, Object> argumentsOf(Object keyContext) {
        if (keyContext instanceof Map<?, ?> context
                && context.get(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT) instanceof DataFetchingEnvironment field) {
            return field.getArguments();
        }
        return Map.of();
    }

    /**
     * The top-level field a load is under when the operation is a mutation, else null. Mutations run one
     * after another and each may change what the next one reads, so their loads are not shared.
     */
    private static String mutationFieldOf(Object keyContext) {
        if (keyContext instanceof Map<?, ?> context
                && context.get(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT) instanceof DataFetchingEnvironment field
                && field.getOperationDefinition() != null
                && field.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            ResultPath path = field.getExecutionStepInfo().getPath();
            while (path.getParent() != null && !path.getParent().isRootPath()) {
                path = path.getParent();
            }
            return path.getSegmentName();
        }
        return null;
    }

    /** The request's loaders, each caching by parent and arguments. */
    public static DataLoaderRegistry keyedByArguments(DataLoaderRegistry registry) {
        DataLoaderRegistry keyed = new DataLoaderRegistry();
        registry.getDataLoadersMap().forEach((name, loader) -> keyed.register(name, rekeyed(loader)));
        return keyed;
    }

    private static DataLoader<?, ?> rekeyed(DataLoader<?, ?> loader) {
        return loader.transform(builder -> builder.options(
                loader.getOptions().transform(options -> options.setCacheKeyFunction(PARENT_AND_ARGUMENTS))));
    }

    /** A parent object with the arguments of the field asked of it (and, in a mutation, the top-level field). */
    record LoadKey(Object parent, Map<String, Object> arguments, String mutationField) {
    }
}
