package dev.assay.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.graphql.PageInfo;

/** A page of articles, newest first (Relay cursor connection). */
@Description("A page of articles, newest first, as a Relay cursor connection.")
public class ArticleConnection {

    @NonNull
    @Description("The articles of the page with their cursors.")
    public final List<@NonNull ArticleEdge> edges;

    @NonNull
    @Description("Where the page sits in the whole list.")
    public final PageInfo pageInfo;

    @Description("How many articles match the filter, over all pages.")
    public final int totalCount;

    ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, int totalCount) {
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
