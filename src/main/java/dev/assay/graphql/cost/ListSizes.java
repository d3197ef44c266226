package dev.assay.graphql.cost;

import java.util.Map;

/**
 * How many items a list field is expected to answer with, for the cost of a document. Paged fields answer
 * with what the caller asks ({@code first}/{@code last}, capped at the page cap) or their default page;
 * other lists are sized by what they hold at most or typically, as stated here, and 10 when unstated.
 * Lists inside a connection are counted once, by the connection's page size.
 */
final class ListSizes {

    static final int PAGE_CAP = 500;
    static final int DEFAULT_PAGE = 50;
    static final int UNSTATED = 10;

    /** Default page sizes of paged fields whose default is not {@link #DEFAULT_PAGE}. */
    private static final Map<String, Integer> DEFAULT_PAGES = Map.of(
            "Article.related", 5,
            "Query.priceChanges", 100,
            "Query.search", 20,
            "Company.commodities", 10,
            "Commodity.companies", 10);

    /** Lists that take no page size: their expected length. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("Query.ticker", 20),
            Map.entry("Query.commodities", 100),
            Map.entry("Query.commodities(sector)", 20),
            Map.entry("Query.companies", 100),
            Map.entry("Query.sectors", 20),
            Map.entry("Commodity.deltas", 7),
            Map.entry("TickerEntry.deltas", 7),
            Map.entry("PricePublication.deltas", 7),
            Map.entry("TickerEntry.oneYearIndexTrend", 12),
            Map.entry("Commodity.rebased", 100),
            Map.entry("Commodity.revisions", 50),
            // five years of weekly prints; at most 20 series and their 190 pairs
            Map.entry("Comparison.dates", 250),
            Map.entry("ComparedSeries.values", 250),
            Map.entry("Comparison.series", 20),
            Map.entry("Comparison.correlations", 190),
            Map.entry("Article.tags", 5),
            Map.entry("Article.categories", 5),
            Map.entry("Article.companies", 5),
            Map.entry("Article.commodities", 5),
            Map.entry("ArticleCommodity.via", 3),
            Map.entry("CommodityArticleEdge.via", 3),
            Map.entry("Company.relations", 5),
            Map.entry("Company.facts", 10),
            Map.entry("SearchResult.companies", 10),
            Map.entry("Article.authors", 5));

    private ListSizes() {
    }

    static int defaultPage(String coordinates) {
        return DEFAULT_PAGES.getOrDefault(coordinates, DEFAULT_PAGE);
    }

    /**
     * The expected length of a list, by its coordinates; a list that a given argument narrows may be stated
     * under {@code Type.field(argument)}.
     */
    static int length(String coordinates, Map<String, Object> arguments) {
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            Integer narrowed = argument.getValue() == null ? null
                    : LENGTHS.get(coordinates + "(" + argument.getKey() + ")");
            if (narrowed != null) {
                return narrowed;
            }
        }
        return LENGTHS.getOrDefault(coordinates, UNSTATED);
    }
}
