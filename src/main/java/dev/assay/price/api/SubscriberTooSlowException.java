package dev.assay.price.api;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** A live subscriber fell a whole buffer of updates behind and its subscription was ended: code SUBSCRIBER_TOO_SLOW. */
@ErrorCode("SUBSCRIBER_TOO_SLOW")
public class SubscriberTooSlowException extends GraphQLException {

    SubscriberTooSlowException(int capacity) {
        super("This subscription fell more than " + capacity + " updates behind and was ended, so that none is "
                + "skipped silently; subscribe again, and read what was missed from priceChanges");
    }
}
