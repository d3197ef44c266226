package dev.assay.graphql;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** A caller's argument is invalid: answered as a GraphQL error with code BAD_USER_INPUT naming the argument. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends GraphQLException {

    private final String argument;

    public BadUserInputException(String argument, String message) {
        super("Invalid argument '" + argument + "': " + message);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
