package dev.assay.cache;

import java.util.List;

import io.vertx.core.buffer.Buffer;

/**
 * An answer as it goes on the wire: the serialised response body, written as it is to every caller it is for.
 *
 * @param body          the response body; Vert.x writes a slice of it each time, so it is never consumed
 * @param exactDocument the document text the answer is for, when the answer quotes positions in it (an error's
 *                      line and column), so that only the same text gets it; null otherwise
 * @param etags         the entity tag of each representation of the answer, by the HTTP layer's numbering
 */
public record CachedAnswer(Buffer body, String exactDocument, List<String> etags) {

    /** Whether the answer may be given to a request whose document reads {@code document}. */
    public boolean answers(String document) {
        return exactDocument == null || exactDocument.equals(document);
    }

    /** The entity tag of representation {@code representation}. */
    public String etag(int representation) {
        return etags.get(representation);
    }

    /** A rough count of the bytes the answer holds, for the cache's bound. */
    int weight() {
        return body.length() + (exactDocument == null ? 0 : 2 * exactDocument.length()) + 64 * etags.size() + 96;
    }
}
