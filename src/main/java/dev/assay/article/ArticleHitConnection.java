package dev.assay.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.graphql.PageInfo;

/** A page of the articles a search found, best first (Relay cursor connection). */
@Description("A page of the articles a search found, best first, as a Relay cursor connection.")
public class ArticleHitConnection {

    @NonNull
    @Description("The articles of the page with their ranks and snippets.")
    public final List<@NonNull ArticleHit> edges;

    @NonNull
    @Description("Where the page sits in the whole list.")
    public final PageInfo pageInfo;

    @Description("How many published articles match, over all pages.")
    public final int totalCount;

    ArticleHitConnection(List<ArticleHit> edges, PageInfo pageInfo, int totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }
}
