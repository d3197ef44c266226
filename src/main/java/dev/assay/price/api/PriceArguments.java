package dev.assay.price.api;

/** Descriptions of the arguments the price resolvers share, written once so that every field words them alike. */
final class PriceArguments {

    static final String AS_OF = "Assessment date to answer as of: the latest print on or before it (the latest print "
            + "when omitted).";
    static final String KNOWN_AT = "Answer with what was known at this instant: values before later corrections, "
            + "without prints recorded afterwards (now when omitted).";

    private PriceArguments() {
    }
}
