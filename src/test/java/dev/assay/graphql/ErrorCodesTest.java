package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.NonNullableFieldWasNullException;
import graphql.execution.ResultPath;
import graphql.execution.UnknownOperationException;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;
import io.smallrye.graphql.transformation.TransformException;

/** Every error the engine can produce leaves with a code of ours and a message without its internals. */
class ErrorCodesTest {

    private static final ResultPath PATH = ResultPath.parse("/commodity/latest");

    @BeforeAll
    static void ourExceptionsDeclareTheirCodes() {
        // What SmallRye registers at boot from the @ErrorCode annotations
        ErrorInfoMap.register(Map.of(BadUserInputException.class.getName(),
                new ErrorInfo(BadUserInputException.class.getName(), "BAD_USER_INPUT")));
    }

    @Test
    void anErrorCarryingOneOfOurCodesIsKeptAsItIs() {
        GraphQLError tooComplex = GraphqlErrorBuilder.newError().message("cost 1200 over 1000")
                .errorType(ErrorType.ExecutionAborted)
                .extensions(Map.of("code", "QUERY_TOO_COMPLEX", "cost", 1200, "limit", 1000)).build();
        assertSame(tooComplex, ErrorCodes.withCode(tooComplex));
    }

    @Test
    void aResolverRefusingInputKeepsItsError() {
        ExceptionWhileDataFetching refused = new ExceptionWhileDataFetching(PATH,
                new BadUserInputException("first", "at most 500"), new SourceLocation(1, 2));
        assertSame(refused, ErrorCodes.withCode(refused));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithAGenericMessage() {
        GraphQLError error = ErrorCodes.withCode(new ExceptionWhileDataFetching(PATH,
                new IllegalStateException("org.hibernate.exception.DataException: invalid byte sequence 0x00"),
                new SourceLocation(1, 2)));
        assertEquals(ErrorCodes.INTERNAL_SERVER_ERROR, error.getExtensions().get("code"));
        assertEquals(ErrorCodes.INTERNAL_MESSAGE, error.getMessage());
        assertEquals(List.of("commodity", "latest"), error.getPath(), "the field it failed on");
        assertEquals(Map.of("code", ErrorCodes.INTERNAL_SERVER_ERROR), error.getExtensions(), "nothing else");
    }

    @Test
    void anArgumentTheEngineCouldNotReadIsBadUserInput() {
        TransformException transform = new TransformException(
                new DateTimeParseException("Text '2026-02-30' could not be parsed", "2026-02-30", 0), null, "2026-02-30");
        GraphQLError error = ErrorCodes.withCode(new ExceptionWhileDataFetching(PATH, transform, new SourceLocation(1, 2)));
        assertEquals(ErrorCodes.BAD_USER_INPUT, error.getExtensions().get("code"));
        assertFalse(error.getMessage().contains("DateTimeParseException"), error.getMessage());
    }

    @Test
    void aDocumentThatDoesNotParse() {
        GraphQLError error = ErrorCodes.withCode(new InvalidSyntaxError(new SourceLocation(1, 18),
                "Invalid syntax with offending token '<EOF>' at line 1 column 18"));
        assertEquals(ErrorCodes.PARSE_FAILED, error.getExtensions().get("code"));
        assertEquals("Invalid syntax: the document ends too early at line 1 column 18", error.getMessage());
    }

    @Test
    void anArgumentOfTheWrongTypeIsBadUserInputNamingIt() {
        GraphQLError error = ErrorCodes.withCode(ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("Validation error (WrongType@[articles]) : argument 'first' with value 'FloatValue{value=1.5}' "
                        + "is not a valid 'Int' - SRGQL000021: Can not parse a integer from [FloatValue{value=1.5}]")
                .build());
        assertEquals(ErrorCodes.BAD_USER_INPUT, error.getExtensions().get("code"));
        assertEquals("Invalid argument 'first': 1.5 is not a valid Int", error.getMessage());
    }

    @Test
    void otherValidationErrorsFailValidation() {
        GraphQLError error = ErrorCodes.withCode(ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.FieldUndefined)
                .description("Validation error (FieldUndefined@[sectors/nope]) : Field 'nope' in type 'Sector' is undefined")
                .build());
        assertEquals(ErrorCodes.VALIDATION_FAILED, error.getExtensions().get("code"));
    }

    @Test
    void anOperationThatCannotBeChosen() {
        GraphQLError error = ErrorCodes.withCode(new UnknownOperationException("Unknown operation named 'B'."));
        assertEquals(ErrorCodes.OPERATION_RESOLUTION_FAILURE, error.getExtensions().get("code"));
    }

    @Test
    void aLimitThatAbortedTheOperation() {
        GraphQLError error = ErrorCodes.withCode(new AbortExecutionException("maximum query depth exceeded 17 > 15"));
        assertEquals(ErrorCodes.QUERY_TOO_COMPLEX, error.getExtensions().get("code"));
        assertEquals(ErrorType.ValidationError, error.getErrorType(), "an abort with data present would answer HTTP 500");
    }

    @Test
    void aNullReportedBelowAnErrorIsDroppedAndAloneIsAnInternalError() {
        GraphQLError cause = new ExceptionWhileDataFetching(PATH, new BadUserInputException("asOf", "not a date"),
                new SourceLocation(1, 2));
        GraphQLError consequence = nonNullWasNull(ResultPath.parse("/commodity"));
        assertEquals(List.of(cause), ErrorCodes.coded(List.of(cause, consequence)));

        List<GraphQLError> alone = ErrorCodes.coded(List.of(consequence));
        assertEquals(ErrorCodes.INTERNAL_SERVER_ERROR, alone.get(0).getExtensions().get("code"));
        assertEquals(ErrorCodes.INTERNAL_MESSAGE, alone.get(0).getMessage());
    }

    private static GraphQLError nonNullWasNull(ResultPath path) {
        return new NonNullableFieldWasNullError(new NonNullableFieldWasNullException(
                graphql.execution.ExecutionStepInfo.newExecutionStepInfo()
                        .type(graphql.Scalars.GraphQLString)
                        .path(path)
                        .build(),
                path));
    }
}
