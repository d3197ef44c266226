package dev.assay.cache;

/**
 * What an answer is the answer to: the operation as the engine sees it and the data it was read from, never who
 * asked. Two requests with equal keys get byte-for-byte the same answer.
 *
 * @param document      the document in a normal form (insignificant whitespace, commas and comments dropped)
 * @param operationName the operation run, or null for the document's only one
 * @param arguments     the variables and extensions in a canonical JSON form ("" for none)
 * @param audience      the callers who get the same answers ({@link Audiences})
 * @param version       the data version read before the answer was computed
 */
public record AnswerKey(String document, String operationName, String arguments, String audience, long version) {

    /** A rough count of the bytes the key holds, for the cache's bound. */
    int weight() {
        return 2 * (document.length() + (operationName == null ? 0 : operationName.length()) + arguments.length()
                + audience.length()) + 64;
    }
}
