package dev.assay.graphql.http;

import java.util.List;

import dev.assay.graphql.ErrorMessages;

/**
 * The two media types a GraphQL response is served as, and which one a request's {@code Accept} header
 * chooses: the one it rates highest, the more precisely named one among equals, then the one it lists
 * first, then {@code application/json}. No {@code Accept} header, or {@code *}{@code /*}, means
 * {@code application/json}, which legacy clients expect. Responses are always UTF-8.
 */
enum ResponseFormat {

    // In order of preference when the header rates both alike
    JSON("application/json"),
    GRAPHQL_RESPONSE("application/graphql-response+json");

    /** The name {@code application/graphql+json} had in early drafts of the specification; served as JSON. */
    private static final String EARLY_DRAFT_TYPE = "application/graphql+json";

    private final String mediaType;
    private final String contentType;

    ResponseFormat(String mediaType) {
        this.mediaType = mediaType;
        this.contentType = mediaType + "; charset=UTF-8";
    }

    String contentType() {
        return contentType;
    }

    static ResponseFormat negotiate(String accept) throws HttpProblem {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaRange> ranges = MediaRange.parseAll(accept);
        ResponseFormat chosen = null;
        MediaRange chosenRange = null;
        int chosenSpecificity = -1;
        for (ResponseFormat format : values()) {
            MediaRange decisive = null;
            int specificity = -1;
            for (MediaRange range : ranges) {
                int s = format == JSON && range.type().equals(EARLY_DRAFT_TYPE) ? 2 : range.specificity(format.mediaType);
                if (s > specificity) {
                    decisive = range;
                    specificity = s;
                }
            }
            if (decisive == null || decisive.quality() <= 0) {
                continue;
            }
            if (chosen == null || decisive.quality() > chosenRange.quality()
                    || decisive.quality() == chosenRange.quality() && (specificity > chosenSpecificity
                            || specificity == chosenSpecificity && decisive.position() < chosenRange.position())) {
                chosen = format;
                chosenRange = decisive;
                chosenSpecificity = specificity;
            }
        }
        if (chosen == null) {
            throw HttpProblem.notAcceptable("Responses are JSON: the Accept header must admit "
                    + "application/graphql-response+json or application/json, not '" + ErrorMessages.shown(accept) + "'");
        }
        if (!chosenRange.utf8OrUnspecified()) {
            throw HttpProblem.notAcceptable("Responses are UTF-8: the Accept header asks for charset '"
                    + ErrorMessages.shown(chosenRange.charset()) + "'");
        }
        return chosen;
    }
}
