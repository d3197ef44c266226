package dev.assay.graphql.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Refuses, before it runs, an operation whose {@link QueryCost} exceeds its caller's budget: a smaller one
 * for anonymous callers than for signed-in ones. The refusal has code {@code QUERY_TOO_COMPLEX} with the
 * computed {@code cost} and the {@code limit} in its extensions.
 * <p>
 * graphql-java's {@code MaxQueryComplexityInstrumentation} has one limit for every caller and sums in
 * {@code int}, which nested page sizes overflow, over a walk that counts a fragment once however often it is
 * spread (see {@link QueryCost}).
 */
public final class CostBudget extends SimplePerformantInstrumentation {

    public static final String CODE = "QUERY_TOO_COMPLEX";

    private final long anonymousLimit;
    private final long signedInLimit;

    public CostBudget(long anonymousLimit, long signedInLimit) {
        this.anonymousLimit = anonymousLimit;
        this.signedInLimit = signedInLimit;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        long cost = QueryCost.of(execution.getGraphQLSchema(), execution.getOperationDefinition(),
                execution.getFragmentsByName(), execution.getCoercedVariables().toMap());
        boolean signedIn = callerIsSignedIn();
        long limit = signedIn ? signedInLimit : anonymousLimit;
        if (cost > limit) {
            throw new AbortExecutionException(List.of(refusal(cost, limit, signedIn)));
        }
        return null;
    }

    private static ValidationError refusal(long cost, long limit, boolean signedIn) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", CODE);
        // JSON values, which SmallRye writes as they are: numbers, not the strings it makes of other objects
        extensions.put("cost", Json.createValue(cost));
        extensions.put("limit", Json.createValue(limit));
        String costText = cost == Long.MAX_VALUE ? "more than can be counted" : String.format("%,d", cost);
        return ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("The document costs " + costText + ", above the limit of " + String.format("%,d", limit)
                        + (signedIn ? " for signed-in callers" : " for anonymous callers")
                        + ": ask for smaller pages, fewer aliases or less nesting"
                        + (signedIn ? "." : ", or sign in for a larger budget."))
                .extensions(extensions)
                .build();
    }

    /** Whether the request carries a verified identity; anonymous when none can be told. */
    private static boolean callerIsSignedIn() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return false;
        }
        try (InstanceHandle<CurrentIdentityAssociation> association = Arc.container()
                .instance(CurrentIdentityAssociation.class)) {
            if (!association.isAvailable()) {
                return false;
            }
            SecurityIdentity identity = association.get().getIdentity();
            return identity != null && !identity.isAnonymous();
        }
    }
}
