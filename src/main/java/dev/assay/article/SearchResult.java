package dev.assay.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What a search found: companies by their names, articles by their text. */
@Description("What a search found: companies by their names and aliases, articles by their text.")
public class SearchResult {

    @NonNull
    @Description("Companies whose name or alias holds the words, best matches first (at most 10).")
    public final List<@NonNull CompanyHit> companies;

    @NonNull
    @Description("Published articles matching the query, best first.")
    public final ArticleHitConnection articles;

    SearchResult(List<CompanyHit> companies, ArticleHitConnection articles) {
        this.companies = companies;
        this.articles = articles;
    }
}
