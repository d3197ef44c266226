package dev.assay.company;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.graphql.PageInfo;

/** A page of companies (Relay cursor connection). */
@Description("A page of companies, by name (in a search, the best matches first), as a Relay cursor connection.")
public class CompanyConnection {

    @NonNull
    @Description("The companies of the page with their cursors.")
    public final List<@NonNull CompanyEdge> edges;

    @NonNull
    @Description("Where the page sits in the whole list.")
    public final PageInfo pageInfo;

    @Description("How many companies match, over all pages.")
    public final int totalCount;

    CompanyConnection(List<CompanyEdge> edges, PageInfo pageInfo, int totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    @NonNull
    @Description("The companies of the page, without cursors.")
    public List<@NonNull Company> getNodes() {
        return edges.stream().map(edge -> edge.node).toList();
    }
}
