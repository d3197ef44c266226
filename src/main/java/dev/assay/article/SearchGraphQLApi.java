package dev.assay.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.assay.article.ArticleSearchRepository.Hit;
import dev.assay.article.ArticleSearchRepository.Hits;
import dev.assay.company.CompanyConnection;
import dev.assay.company.CompanyDirectory;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageInfo;
import dev.assay.graphql.PageSize;

/** One search box over companies and articles. */
@GraphQLApi
public class SearchGraphQLApi {

    private static final int COMPANIES = 10;

    @Inject
    ArticleSearch articles;

    @Inject
    CompanyDirectory companies;

    @Query("search")
    @Description("Searches companies by name and articles by text. Articles match PostgreSQL web-style queries: words "
            + "(all of them, stemmed: \"batteries\" finds \"battery\"), \"a quoted phrase\", -word to exclude, OR between "
            + "alternatives; they come best first, with highlighted snippets. A private body is searched only for "
            + "callers who may read it; others match its title and excerpt.")
    public @NonNull SearchResult search(@Name("query") @NonNull @Description("What to look for.") String query,
            @Name("first") @Description("Articles per page, 20 by default, at most 500.") Integer first,
            @Name("after") @Description("Cursor to continue the articles after.") String after) throws BadUserInputException {
        if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadUserInputException("query", "give words to look for");
        }
        int size = first == null ? 20 : PageSize.of(first, "first");
        Hits hits = articles.hits(query, size, after);
        List<Hit> page = hits.fetched().size() > size ? hits.fetched().subList(0, size) : hits.fetched();
        Map<Long, Article> found = ArticleSearch.articles(page.stream().map(Hit::articleId).toList());
        List<ArticleHit> edges = new java.util.ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Article article = found.get(page.get(i).articleId());
            if (article != null) {
                edges.add(new ArticleHit(Cursor.encode(ArticleSearch.HIT_CURSOR, String.valueOf(hits.offset() + i)), article,
                        page.get(i).rank(), Highlight.html(page.get(i).headline())));
            }
        }
        PageInfo info = new PageInfo(hits.fetched().size() > size, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        List<CompanyHit> named = after != null ? List.of() : companyHits(query);
        return new SearchResult(named, new ArticleHitConnection(edges, info, hits.total()));
    }

    private List<CompanyHit> companyHits(String query) throws BadUserInputException {
        CompanyConnection page = companies.page(query, null, null, COMPANIES, null);
        return page.edges.stream().map(edge -> new CompanyHit(edge.node, edge.matchedName)).toList();
    }
}
