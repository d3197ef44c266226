package dev.assay.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.graphql.PageInfo;

/** A page of the published articles that mention a company (Relay cursor connection). */
@Description("A page of the published articles that mention a company, as a Relay cursor connection.")
public class CompanyArticleConnection {

    @NonNull
    @Description("The articles of the page with their cursors and mentions.")
    public final List<@NonNull CompanyArticleEdge> edges;

    @NonNull
    @Description("Where the page sits in the whole list.")
    public final PageInfo pageInfo;

    @Description("How many published articles mention the company, over all pages.")
    public final int totalCount;

    CompanyArticleConnection(List<CompanyArticleEdge> edges, PageInfo pageInfo, int totalCount) {
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
