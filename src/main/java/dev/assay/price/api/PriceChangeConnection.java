package dev.assay.price.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of the change feed, in commit order. */
@Description("A page of the change feed in commit order. Resume from `endCursor`; when `hasNextPage` is false "
        + "you are up to date (poll again later with the same cursor).")
public class PriceChangeConnection {

    @NonNull
    @Description("The changes of the page, oldest first.")
    public final List<@NonNull PriceChangeEdge> edges;

    @Description("Cursor to pass as `since` next time: the last change of this page, or the `since` given when "
            + "the page is empty.")
    public final String endCursor;

    @Description("Whether more changes are already waiting.")
    public final boolean hasNextPage;

    PriceChangeConnection(List<PriceChangeEdge> edges, String endCursor, boolean hasNextPage) {
        this.edges = edges;
        this.endCursor = endCursor;
        this.hasNextPage = hasNextPage;
    }
}
