package dev.assay.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * Installs the document limits and {@link ErrorCodes} on the GraphQL engine. The engine takes one
 * instrumentation chain, so the depth and complexity limits are part of ours.
 */
@ApplicationScoped
public class GraphQLCustomization {

    @ConfigProperty(name = "assay.graphql.max-depth", defaultValue = "15")
    int maxDepth;

    @ConfigProperty(name = "assay.graphql.max-complexity", defaultValue = "1000")
    int maxComplexity;

    GraphQL.Builder customize(@Observes GraphQL.Builder builder) {
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryComplexityInstrumentation(maxComplexity),
                new MaxQueryDepthInstrumentation(maxDepth),
                new ErrorCodes())));
    }
}
