package dev.assay.database;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** The database cannot be reached just now: answered with code UNAVAILABLE, for the caller to retry shortly. */
@ErrorCode(DatabaseUnavailableException.CODE)
public class DatabaseUnavailableException extends GraphQLException {

    public static final String CODE = "UNAVAILABLE";
    public static final String MESSAGE = "The database is unavailable just now; retry in a moment";

    public DatabaseUnavailableException() {
        super(MESSAGE);
    }
}
