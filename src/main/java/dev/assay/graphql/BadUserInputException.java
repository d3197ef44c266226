package dev.assay.graphql;

import org.eclipse.microprofile.graphql.GraphQLException;

import dev.assay.common.Slugs;
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

    /** Refuses a slug that is not lowercase words joined by hyphens, the form the database accepts. */
    public static void requireSlug(String argument, String slug) throws BadUserInputException {
        if (!Slugs.isValid(slug)) {
            throw new BadUserInputException(argument, "'" + ErrorMessages.shown(slug)
                    + "' is not a slug (lowercase words joined by hyphens)");
        }
    }
}
