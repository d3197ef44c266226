package dev.assay.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * Gives every error that graphql-java raises before our resolvers run (parse, validation, variable
 * coercion, depth and complexity limits) a stable {@code extensions.code}, as our own errors have.
 * Such errors are re-issued as {@link ValidationError}s because that is the form whose extensions the
 * server writes out.
 */
public class ErrorCodes extends SimplePerformantInstrumentation {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        result.getErrors().forEach(error -> errors.add(withCode(error)));
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(errors).build());
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        String code = codeOf(error);
        if (code == null) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        ValidationErrorType type = error instanceof ValidationError validation
                && validation.getValidationErrorType() instanceof ValidationErrorType known ? known
                        : ValidationErrorType.WrongType;
        return ValidationError.newValidationError()
                .validationErrorType(type)
                .description(error.getMessage())
                .sourceLocations(error.getLocations())
                .extensions(extensions)
                .build();
    }

    private static String codeOf(GraphQLError error) {
        ErrorClassification classification = error.getErrorType();
        if (classification == ErrorType.InvalidSyntax) {
            return PARSE_FAILED;
        }
        if (classification == ErrorType.ExecutionAborted) {
            return QUERY_TOO_COMPLEX;
        }
        if (error instanceof ValidationError validation) {
            return validation.getValidationErrorType() == ValidationErrorType.WrongType ? BAD_USER_INPUT
                    : VALIDATION_FAILED;
        }
        if (classification == ErrorType.ValidationError) {
            // Variables that do not coerce to their declared type, e.g. a malformed Date.
            return BAD_USER_INPUT;
        }
        return null;
    }
}
