package dev.assay.graphql;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** An operation needs a signed-in caller: answered with code UNAUTHENTICATED. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends GraphQLException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
