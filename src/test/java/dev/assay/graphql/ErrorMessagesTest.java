package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine's messages, as a caller reads them. */
class ErrorMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Validation error (WrongType@[articles]) : argument 'first' with value 'FloatValue{value=1.5}' is not a valid 'Int' - SRGQL000021: Can not parse a integer from [FloatValue{value=1.5}] | Invalid argument 'first': 1.5 is not a valid Int
            Validation error (WrongType@[commodity]) : argument 'slug' with value 'IntValue{value=5}' is not a valid 'String' - Expected an AST type of 'StringValue' but it was a 'IntValue' | Invalid argument 'slug': 5 is not a valid String
            Validation error (WrongType@[commodity]) : argument 'slug' with value 'ArrayValue{values=[StringValue{value='a'}, StringValue{value='b'}]}' is not a valid 'String' - Expected an AST type of 'StringValue' but it was a 'ArrayValue' | Invalid argument 'slug': a list is not a valid String
            Validation error (WrongType@[sectors]) : argument 'if' with value 'StringValue{value='yes'}' is not a valid 'Boolean' - Expected an AST type of 'BooleanValue' but it was a 'StringValue' | Invalid argument 'if': "yes" is not a valid Boolean
            Validation error (WrongType@[createArticle]) : argument 'input.visibility' with value 'EnumValue{name='SECRET'}' is not a valid 'Visibility' - Literal value not in allowable values for enum 'Visibility' - 'EnumValue{name='SECRET'}' | Invalid argument 'input.visibility': SECRET is not a valid Visibility
            Validation error (WrongType@[articles]) : argument 'filter' with value 'ObjectValue{objectFields=[ObjectField{name='nope', value=IntValue{value=1}}]}' contains a field not in 'ArticleFilterInput': 'nope' | Invalid argument 'filter': ArticleFilterInput has no field 'nope'
            Invalid syntax with offending token '<EOF>' at line 1 column 18 | Invalid syntax: the document ends too early at line 1 column 18
            Invalid syntax with offending token 'query' at line 2 column 1 | Invalid syntax: unexpected 'query' at line 2 column 1
            Invalid syntax with ANTLR error 'token recognition error at: '%'' at line 1 column 1 | Invalid syntax: unexpected character '%' at line 1 column 1
            Variable 'n' has an invalid value: Expected type [Int] but was [HashMap]. | Variable 'n' has an invalid value: expected Int, not an object.
            java.time.format.DateTimeParseException: Text '2026-02-30' could not be parsed | Text '2026-02-30' could not be parsed
            """)
    void readsAsOurOwnMessages(String engine, String expected) {
        assertEquals(expected, ErrorMessages.clean(engine));
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"100", "200000"})
    void echoedValuesAreShortened(int length) {
        String message = ErrorMessages.clean("Validation error (WrongType@[commodity]) : argument 'slug' with value "
                + "'StringValue{value='" + "x".repeat(length) + "'}' is not a valid 'Int'");
        assertTrue(message.length() < 120, message);
    }
}
