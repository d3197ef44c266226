package dev.assay.access;

import dev.assay.graphql.ForbiddenException;

/** The error that stands in for a value the caller's subscription does not cover. */
public final class Withheld {

    private Withheld() {
    }

    public static ForbiddenException valuesOf(String commoditySlug, String tier) {
        return new ForbiddenException("The values of '" + commoditySlug + "' need the subscription tier '" + tier
                + "', which the caller does not hold");
    }
}
