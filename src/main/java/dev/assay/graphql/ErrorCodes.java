package dev.assay.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.quarkus.logging.Log;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;
import io.smallrye.graphql.transformation.TransformException;

/**
 * The API's error policy on the engine. Before execution it refuses what must not reach a resolver:
 * documents whose fragments expand past the limit ({@link FragmentExpansion}) and argument values
 * outside {@link InputLimits}. After execution it gives every error a stable {@code extensions.code}:
 * errors that carry one of ours (upper-case, e.g. {@code FORBIDDEN}, or a {@code QUERY_TOO_COMPLEX} with
 * its own {@code cost} and {@code limit}) are kept as they are; the engine's own errors are coded and
 * their messages cleared of the engine's syntax-tree dumps; anything unexpected becomes
 * {@code INTERNAL_SERVER_ERROR} with a generic message and is logged, so that no Java class name,
 * exception text or engine code such as {@code transform} reaches a caller.
 */
public class ErrorCodes extends SimplePerformantInstrumentation {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    public static final String OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE";
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    static final String INTERNAL_MESSAGE = "Internal server error";

    /** Codes of ours are upper-case words; SmallRye derives lower-case ones from exception class names. */
    private static final Pattern OUR_CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private final InputLimits inputLimits;
    private final long maxExpandedFields;

    /** As the engine is built: the limits come from the configuration, by name (see EngineCustomization). */
    public ErrorCodes() {
        this(ConfigProvider.getConfig());
    }

    private ErrorCodes(Config config) {
        this(new InputLimits(config.getValue("assay.graphql.max-string-length", Integer.class),
                Set.copyOf(config.getOptionalValues("assay.graphql.long-text-inputs", String.class).orElse(List.of()))),
                config.getValue("assay.graphql.max-expanded-fields", Long.class));
    }

    ErrorCodes(InputLimits inputLimits, long maxExpandedFields) {
        this.inputLimits = inputLimits;
        this.maxExpandedFields = maxExpandedFields;
    }

    /*
     * The engine calls this for every operation before it computes the complexity, which walks every copy
     * of an expanded fragment; an abort here is answered as a request error without data.
     */
    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (FragmentExpansion.fieldCount(context.getOperationDefinition(), context.getFragmentsByName()) > maxExpandedFields) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message("The operation selects more than " + maxExpandedFields
                            + " fields once its fragments are spread; select fewer or spread fragments less often")
                    .errorType(ErrorType.ValidationError)
                    .extensions(Map.of("code", QUERY_TOO_COMPLEX))
                    .build()));
        }
        Map<String, Object> variables = context.getExecutionInput().getVariables();
        List<GraphQLError> refused = inputLimits.check(context.getGraphQLSchema(), context.getOperationDefinition(),
                context.getFragmentsByName(), variables == null ? Map.of() : variables);
        if (!refused.isEmpty()) {
            throw new AbortExecutionException(refused);
        }
        return context;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = coded(result.getErrors());
        if (!result.isDataPresent()) {
            RequestErrorSignal.raise(codeOf(errors.get(0)));
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(errors).build());
    }

    /** The errors of a result, each with a code; a null reported for a field whose own error is listed is dropped. */
    static List<GraphQLError> coded(List<GraphQLError> errors) {
        Set<List<Object>> pathsWithErrors = new HashSet<>();
        for (GraphQLError error : errors) {
            if (!(error instanceof NonNullableFieldWasNullError) && error.getPath() != null) {
                pathsWithErrors.add(error.getPath());
            }
        }
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            if (error instanceof NonNullableFieldWasNullError && explained(error.getPath(), pathsWithErrors)) {
                continue;
            }
            coded.add(withCode(error));
        }
        return coded;
    }

    /* The engine reports a null where a field is declared non-null; after an error at or below that field, it is noise. */
    private static boolean explained(List<Object> path, Set<List<Object>> pathsWithErrors) {
        if (path == null) {
            return false;
        }
        return pathsWithErrors.stream().anyMatch(other -> other.size() >= path.size() && other.subList(0, path.size()).equals(path));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (ourCode(error.getExtensions()) != null) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fetchingError(fetching);
        }
        ErrorClassification classification = error.getErrorType();
        if (classification == ErrorType.InvalidSyntax) {
            return recoded(error, PARSE_FAILED, ErrorMessages.clean(error.getMessage()));
        }
        if (classification == ErrorType.ExecutionAborted) {
            return recoded(error, QUERY_TOO_COMPLEX, ErrorMessages.clean(error.getMessage()));
        }
        if (error instanceof ValidationError validation) {
            boolean wrongType = validation.getValidationErrorType() == ValidationErrorType.WrongType;
            return recoded(error, wrongType ? BAD_USER_INPUT : VALIDATION_FAILED, ErrorMessages.clean(error.getMessage()));
        }
        if (error instanceof UnknownOperationException) {
            return recoded(error, OPERATION_RESOLUTION_FAILURE, ErrorMessages.clean(error.getMessage()));
        }
        if (classification == ErrorType.ValidationError) {
            // Variables that do not coerce to their declared type, e.g. a malformed Date.
            return recoded(error, BAD_USER_INPUT, ErrorMessages.clean(error.getMessage()));
        }
        if (classification == ErrorType.OperationNotSupported) {
            return recoded(error, VALIDATION_FAILED, ErrorMessages.clean(error.getMessage()));
        }
        return internal(error, null);
    }

    private static GraphQLError fetchingError(ExceptionWhileDataFetching fetching) {
        Throwable exception = fetching.getException();
        if (OUR_CODE.matcher(smallRyeCode(exception)).matches()) {
            return fetching;
        }
        if (exception instanceof TransformException) {
            return recoded(fetching, BAD_USER_INPUT, "Invalid argument: a value given to this field could not be read as its declared type");
        }
        return internal(fetching, exception);
    }

    /** The code SmallRye writes for an exception: the one its {@code @ErrorCode} declares, else one derived from its name. */
    private static String smallRyeCode(Throwable exception) {
        ErrorInfo info = ErrorInfoMap.getErrorInfo(exception.getClass().getName());
        return info == null || info.getErrorCode() == null ? "" : info.getErrorCode();
    }

    private static GraphQLError internal(GraphQLError error, Throwable exception) {
        if (exception != null) {
            Log.errorf(exception, "Unexpected failure at %s", error.getPath());
        } else {
            Log.errorf("Unexpected GraphQL error at %s: %s", error.getPath(), error.getMessage());
        }
        return GraphqlErrorBuilder.newError()
                .message(INTERNAL_MESSAGE)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(ErrorType.DataFetchingException)
                .extensions(Map.of("code", INTERNAL_SERVER_ERROR))
                .build();
    }

    private static GraphQLError recoded(GraphQLError error, String code, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        ErrorClassification classification = error.getErrorType() == ErrorType.ExecutionAborted
                || error.getErrorType() == null ? ErrorType.ValidationError : error.getErrorType();
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(classification)
                .extensions(extensions)
                .build();
    }

    private static String ourCode(Map<String, Object> extensions) {
        Object code = extensions == null ? null : extensions.get("code");
        return code instanceof String text && OUR_CODE.matcher(text).matches() ? text : null;
    }

    /** The code an error of a result is answered with (read after this instrumentation has coded the result). */
    public static String codeOf(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return smallRyeCode(fetching.getException());
        }
        String code = ourCode(error.getExtensions());
        return code == null ? INTERNAL_SERVER_ERROR : code;
    }
}
