package dev.assay.price.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.price.store.PriceRevision;

/** One change in the feed, with the cursor to resume after it. */
@Description("One change in the feed, with the cursor to resume after it.")
public class PriceChangeEdge {

    @NonNull
    @Description("Opaque, stable cursor: pass it as `since` to get the changes after this one.")
    public final String cursor;

    @NonNull
    @Description("The new print, correction or retraction.")
    public final PriceRevision node;

    PriceChangeEdge(String cursor, PriceRevision node) {
        this.cursor = cursor;
        this.node = node;
    }
}
