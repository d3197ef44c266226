package dev.assay.graphql;

/**
 * An output object some of whose properties the caller may not read. The GraphQL layer asks it before
 * reading each property and answers a refused one with null and the error, at that field's path.
 */
public interface GuardedValues {

    /** The error that stands in for {@code property}, or null when the caller may read it. */
    ForbiddenException withheld(String property);
}
