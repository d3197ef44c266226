package dev.assay.article;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.commodity.Commodity;
import dev.assay.company.Company;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.PageSize;
import dev.assay.price.api.Delta;

/**
 * The links between articles, companies and commodities, each side batched: one call for every article,
 * commodity or link of a response, whatever their number.
 */
@GraphQLApi
public class ArticleLinksGraphQLApi {

    static final String SINCE_PUBLICATION = "What the commodity's index did after the article was published: the "
            + "change from the last print on or before the publication date to the latest print (basis WINDOW, with "
            + "both dates and values), computed as `change` computes it; `computed` is null with a reason when no print "
            + "precedes the publication. Null for an undated article; FORBIDDEN for a series the caller may not see.";

    @Inject
    ArticleLinks links;

    @Inject
    SincePublication since;

    @Name("companies")
    @Description("Companies the article mentions, most mentioned first, with the first sentence naming each.")
    public List<@NonNull List<@NonNull CompanyMention>> articleCompanies(@Source List<Article> articles) {
        Map<Long, List<CompanyMention>> companies = links.companiesOf(articles);
        return articles.stream().map(a -> companies.get(a.id)).toList();
    }

    @Name("commodities")
    @Description("Commodities the article discusses, by its tags, categories and text, in catalogue order.")
    public List<@NonNull List<@NonNull ArticleCommodity>> articleCommodities(@Source List<Article> articles) {
        Map<Long, List<ArticleCommodity>> commodities = links.commoditiesOf(articles);
        return articles.stream().map(a -> commodities.get(a.id)).toList();
    }

    @Name("sincePublication")
    @Description(SINCE_PUBLICATION)
    public List<Delta> linkSincePublication(@Source List<ArticleCommodity> links) {
        return since.of(links);
    }

    @Name("sincePublication")
    @Description(SINCE_PUBLICATION)
    public List<Delta> edgeSincePublication(@Source List<CommodityArticleEdge> edges) {
        return since.of(edges);
    }

    @Name("articles")
    @Description("Published articles that discuss the commodity, most relevant first (those that name it most often, "
            + "then the newest), as a cursor connection (at most 500 per page).")
    public List<@NonNull CommodityArticleConnection> commodityArticles(@Source List<Commodity> commodities,
            @Name("first") @Description("Page size, 50 by default, at most 500.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after,
            @Name("order") @Description("RELEVANCE (default) or NEWEST.") MentionOrder order)
            throws BadUserInputException {
        Map<Long, CommodityArticleConnection> pages = links.commodityPages(commodities.stream().distinct().toList(),
                order == null ? MentionOrder.RELEVANCE : order, PageSize.of(first, "first"), after);
        return commodities.stream().map(c -> pages.get(c.id)).toList();
    }

    @Name("companies")
    @Description("Companies mentioned by the published articles that discuss the commodity, those named by most "
            + "such articles first.")
    public List<@NonNull List<@NonNull CompanyCoverage>> commodityCompanies(@Source List<Commodity> commodities,
            @Name("first") @Description("How many, 10 by default, at most 100.") Integer first) throws BadUserInputException {
        int size = coverageSize(first);
        Map<Long, List<CompanyCoverage>> companies = links.companiesCoveredWith(
                commodities.stream().map(c -> c.id).distinct().toList(), size);
        return commodities.stream().map(c -> companies.get(c.id)).toList();
    }

    @Name("articles")
    @Description("Published articles that mention the company, most relevant first (those that name it most often, "
            + "then the newest), as a cursor connection (at most 500 per page), with each mention.")
    public List<@NonNull CompanyArticleConnection> companyArticles(@Source List<Company> companies,
            @Name("first") @Description("Page size, 50 by default, at most 500.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after,
            @Name("order") @Description("RELEVANCE (default) or NEWEST.") MentionOrder order) throws BadUserInputException {
        Map<Long, CompanyArticleConnection> pages = links.companyPages(companies.stream().map(c -> c.id).distinct().toList(),
                order == null ? MentionOrder.RELEVANCE : order, PageSize.of(first, "first"), after);
        return companies.stream().map(c -> pages.get(c.id)).toList();
    }

    @Name("commodities")
    @Description("Commodities discussed by the published articles that mention the company, those discussed by "
            + "most such articles first.")
    public List<@NonNull List<@NonNull CommodityCoverage>> companyCommodities(@Source List<Company> companies,
            @Name("first") @Description("How many, 10 by default, at most 100.") Integer first) throws BadUserInputException {
        Map<Long, List<CommodityCoverage>> commodities = links.commoditiesCoveredWith(
                companies.stream().map(c -> c.id).distinct().toList(), coverageSize(first));
        return companies.stream().map(c -> commodities.get(c.id)).toList();
    }

    /** The size of a coverage list: 10 by default, at most 100. */
    public static int coverageSize(Integer first) throws BadUserInputException {
        int size = first == null ? 10 : first;
        if (size < 0 || size > 100) {
            throw new BadUserInputException("first", "between 0 and 100, was " + size);
        }
        return size;
    }
}
