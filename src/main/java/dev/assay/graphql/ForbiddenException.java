package dev.assay.graphql;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** The caller lacks the entitlement a value needs: answered with code FORBIDDEN. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends GraphQLException {

    public ForbiddenException(String message) {
        super(message);
    }
}
