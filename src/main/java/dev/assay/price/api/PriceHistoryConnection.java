package dev.assay.price.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.graphql.PageInfo;

/** A page of a commodity's history, oldest first (Relay cursor connection). */
@Description("A page of an index's prints, oldest first, as a Relay cursor connection.")
public class PriceHistoryConnection {

    @NonNull
    @Description("The prints of the page with their cursors.")
    public final List<@NonNull PrintEdge> edges;

    @NonNull
    @Description("Where the page sits in the whole history.")
    public final PageInfo pageInfo;

    @Description("How many prints lie between `from` and `to`, over all pages.")
    public final int totalCount;

    PriceHistoryConnection(List<PrintEdge> edges, PageInfo pageInfo, int totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The prints of the page, without cursors.")
    public List<@NonNull PrintOutput> getNodes() {
        return edges.stream().map(edge -> edge.node).toList();
    }
}
