package dev.assay.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits the GraphQL engine puts on a document ({@code assay.graphql.*}), each default stated here alone.
 * Nothing injects it: the engine's customisation reads the keys by name (see EngineCustomization), so it is kept
 * unremovable, which registers it and its defaults.
 */
@Unremovable
@ConfigMapping(prefix = "assay.graphql")
public interface GraphQLConfig {

    /** Deepest selection a document may nest: deep enough for GraphiQL's introspection query. */
    @WithDefault("15")
    int maxDepth();

    /** Cost budgets of one document, which estimate the values its answer holds (page sizes multiply). */
    MaxCost maxCost();

    /** An operation still running after this long is stopped (no further resolver starts) and answered TIMEOUT. */
    @WithDefault("10s")
    Duration timeLimit();

    /** Parsed and validated documents kept, least recently used first out. */
    @WithDefault("1000")
    int documentCacheSize();

    /** Fields an operation may select once its fragments are spread (nested spreads expand exponentially). */
    @WithDefault("10000")
    long maxExpandedFields();

    /** Characters a string argument may have, except in {@link #longTextInputs()}. */
    @WithDefault("10000")
    int maxStringLength();

    /** The input fields that hold a document (article bodies), exempt from {@link #maxStringLength()}; set empty, none is. */
    @WithDefault("ArticleInput.bodyJson,ArticleInput.bodyText")
    Optional<List<String>> longTextInputs();

    /** Cost budgets: anonymous callers get the smaller one. */
    interface MaxCost {

        @WithDefault("10000")
        long anonymous();

        @WithDefault("50000")
        long signedIn();
    }
}
