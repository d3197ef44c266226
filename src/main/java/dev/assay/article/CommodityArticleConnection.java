package dev.assay.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.graphql.PageInfo;

/** A page of the published articles that discuss a commodity (Relay cursor connection). */
@Description("A page of the published articles that discuss a commodity, as a Relay cursor connection.")
public class CommodityArticleConnection {

    @NonNull
    @Description("The articles of the page with their cursors and links.")
    public final List<@NonNull CommodityArticleEdge> edges;

    @NonNull
    @Description("Where the page sits in the whole list.")
    public final PageInfo pageInfo;

    @Description("How many published articles discuss the commodity, over all pages.")
    public final int totalCount;

    CommodityArticleConnection(List<CommodityArticleEdge> edges, PageInfo pageInfo, int totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The articles of the page, without cursors.")
    public List<@NonNull Article> getNodes() {
        return edges.stream().map(edge -> edge.node).toList();
    }
}
