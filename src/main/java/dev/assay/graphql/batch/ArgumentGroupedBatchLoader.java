package dev.assay.graphql.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.dataloader.BatchLoaderEnvironment;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;

/**
 * A batched resolver's loader that calls the resolver once per distinct set of field arguments.
 * <p>
 * SmallRye GraphQL queues every occurrence of a batched field in one loader and calls the resolver with the
 * arguments of the first occurrence, so {@code now: latest} beside {@code then: latest(asOf: ...)} would
 * both answer with {@code now}'s arguments. Here the queued keys are split by their arguments (as graphql-java
 * coerced them, so equal values group together whatever their spelling in the document) and each group is
 * handed to SmallRye's own loader, which then sees one set of arguments, as it assumes.
 */
final class ArgumentGroupedBatchLoader<K, T> implements PlugableBatchableDataFetcher<K, T> {

    private final PlugableBatchableDataFetcher<K, T> delegate;

    ArgumentGroupedBatchLoader(PlugableBatchableDataFetcher<K, T> delegate) {
        this.delegate = delegate;
    }

    @Override
    public T get(DataFetchingEnvironment environment) throws Exception {
        return delegate.get(environment);
    }

    @Override
    public CompletionStage<List<T>> load(List<K> keys, BatchLoaderEnvironment environment) {
        List<Object> contexts = environment.getKeyContextsList();
        Map<Map<String, Object>, Group<K>> groups = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object context = i < contexts.size() ? contexts.get(i) : null;
            groups.computeIfAbsent(LoadKeys.argumentsOf(context), arguments -> new Group<>()).add(i, keys.get(i), context);
        }
        if (groups.size() == 1) {
            return delegate.load(keys, environment);
        }
        List<CompletableFuture<List<T>>> loads = new ArrayList<>(groups.size());
        for (Group<K> group : groups.values()) {
            BatchLoaderEnvironment part = BatchLoaderEnvironment.newBatchLoaderEnvironment()
                    .context(environment.getContext())
                    .keyContexts(group.keys, group.contexts)
                    .build();
            loads.add(delegate.load(group.keys, part).toCompletableFuture());
        }
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<T> answers = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                answers.add(null);
            }
            int index = 0;
            for (Group<K> group : groups.values()) {
                List<T> values = loads.get(index++).join();
                for (int j = 0; j < group.positions.size(); j++) {
                    answers.set(group.positions.get(j), j < values.size() ? values.get(j) : null);
                }
            }
            return answers;
        });
    }

    /** The keys of one argument set, with where each stood in the batch. */
    private static final class Group<K> {
        final List<Integer> positions = new ArrayList<>();
        final List<K> keys = new ArrayList<>();
        final List<Object> contexts = new ArrayList<>();

        void add(int position, K key, Object context) {
            positions.add(position);
            keys.add(key);
            contexts.add(context);
        }
    }
}
