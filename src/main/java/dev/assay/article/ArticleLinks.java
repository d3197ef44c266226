package dev.assay.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.access.CallerEntitlements;
import dev.assay.article.LinkRepository.StoredLink;
import dev.assay.article.LinkedArticleRepository.Link;
import dev.assay.article.LinkedArticleRepository.Owner;
import dev.assay.article.LinkedArticleRepository.Page;
import dev.assay.article.LinkedArticleRepository.Position;
import dev.assay.article.mention.TextPart;
import dev.assay.commodity.Commodity;
import dev.assay.company.Company;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageInfo;

/**
 * The links of articles to companies and commodities as the API shows them, read in batches: an article's companies
 * and commodities, a company's or a commodity's page of articles, and which of the other side they share. A
 * snippet from a body is shown only to callers who may read that body.
 */
@ApplicationScoped
public class ArticleLinks {

    static final String RELEVANCE_CURSOR = "mention";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    LinkRepository links;

    @Inject
    LinkedArticleRepository pages;

    @Inject
    CallerEntitlements caller;

    @Inject
    ObjectMapper json;

    public Map<Long, List<CompanyMention>> companiesOf(List<Article> articles) {
        Map<Long, Article> byId = byId(articles);
        List<StoredLink> stored = links.companyLinksOf(byId.keySet());
        Map<Long, Company> companies = new HashMap<>();
        ids(stored.stream().map(StoredLink::targetId).distinct().toList(), Company.class)
                .forEach(c -> companies.put(((Company) c).id, (Company) c));
        Map<Long, List<CompanyMention>> result = empty(byId.keySet());
        for (StoredLink link : stored) {
            result.get(link.articleId()).add(new CompanyMention(companies.get(link.targetId()), link.mentions(),
                    snippet(byId.get(link.articleId()), link.firstPart(), link.firstSentence()), link.byHand()));
        }
        return result;
    }

    public Map<Long, List<ArticleCommodity>> commoditiesOf(List<Article> articles) {
        Map<Long, Article> byId = byId(articles);
        List<StoredLink> stored = links.commodityLinksOf(byId.keySet());
        Map<Long, Commodity> commodities = new HashMap<>();
        ids(stored.stream().map(StoredLink::targetId).distinct().toList(), Commodity.class)
                .forEach(c -> commodities.put(((Commodity) c).id, (Commodity) c));
        Map<Long, List<ArticleCommodity>> result = empty(byId.keySet());
        for (StoredLink link : stored) {
            Article article = byId.get(link.articleId());
            result.get(link.articleId()).add(new ArticleCommodity(commodities.get(link.targetId()), reasons(link.via()),
                    link.mentions(), snippet(article, link.firstPart(), link.firstSentence()), article));
        }
        return result;
    }

    /** For each company, its page of published articles, by the order asked. */
    public Map<Long, CompanyArticleConnection> companyPages(Collection<Long> companyIds, MentionOrder order, int size,
            String after) throws BadUserInputException {
        Map<Long, Page> fetched = pages(Owner.COMPANY, companyIds, order, size, after);
        Map<Long, Article> articles = load(fetched, size);
        Map<Long, CompanyArticleConnection> result = new HashMap<>();
        fetched.forEach((company, page) -> {
            List<CompanyArticleEdge> edges = firstOf(page, size).stream().filter(l -> articles.containsKey(l.articleId()))
                    .map(l -> {
                        Article article = articles.get(l.articleId());
                        return new CompanyArticleEdge(cursorOf(order, article, l.mentions()), article,
                                l.mentions(), snippet(article, l.firstPart(), l.firstSentence()), l.byHand());
                    }).toList();
            result.put(company, new CompanyArticleConnection(edges, pageInfo(page, size, after,
                    edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor),
                    page.total()));
        });
        return result;
    }

    /** For each commodity, its page of published articles, by the order asked. */
    public Map<Long, CommodityArticleConnection> commodityPages(List<Commodity> commodities, MentionOrder order, int size,
            String after) throws BadUserInputException {
        Map<Long, Commodity> byId = new HashMap<>();
        commodities.forEach(c -> byId.put(c.id, c));
        Map<Long, Page> fetched = pages(Owner.COMMODITY, byId.keySet(), order, size, after);
        Map<Long, Article> articles = load(fetched, size);
        Map<Long, CommodityArticleConnection> result = new HashMap<>();
        fetched.forEach((commodity, page) -> {
            List<CommodityArticleEdge> edges = firstOf(page, size).stream().filter(l -> articles.containsKey(l.articleId()))
                    .map(l -> {
                        Article article = articles.get(l.articleId());
                        return new CommodityArticleEdge(cursorOf(order, article, l.mentions()), article,
                                reasons(strings(l.via())), l.mentions(), snippet(article, l.firstPart(), l.firstSentence()),
                                byId.get(commodity));
                    }).toList();
            result.put(commodity, new CommodityArticleConnection(edges, pageInfo(page, size, after,
                    edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor),
                    page.total()));
        });
        return result;
    }

    /** The owners' pages, from the position the cursor continues after; no statement for no owners. */
    private Map<Long, Page> pages(Owner owner, Collection<Long> ownerIds, MentionOrder order, int size, String after)
            throws BadUserInputException {
        return ownerIds.isEmpty() ? new HashMap<>() : pages.pages(owner, ownerIds, order, size, afterPosition(order, after));
    }

    static String cursorOf(MentionOrder order, Article article, int mentions) {
        return order == MentionOrder.NEWEST ? ArticleSearch.cursorOf(article)
                : Cursor.encode(RELEVANCE_CURSOR, mentions + "|" + (article.publishedOn == null ? LocalDate.of(1, 1, 1)
                        : article.publishedOn) + "|" + article.id);
    }

    private static Position afterPosition(MentionOrder order, String after) throws BadUserInputException {
        if (after == null) {
            return null;
        }
        String kind = order == MentionOrder.NEWEST ? ArticleSearch.CURSOR_KIND : RELEVANCE_CURSOR;
        String[] position = Cursor.decode(kind, after, "after").split("\\|");
        try {
            if (order == MentionOrder.NEWEST) {
                return new Position(null, LocalDate.parse(position[0]), Long.parseLong(position[1]));
            }
            return new Position(Integer.parseInt(position[0]), LocalDate.parse(position[1]), Long.parseLong(position[2]));
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "not a cursor returned by this API for this list");
        }
    }

    /** For each company, the commodities its articles discuss most, with how many articles. */
    public Map<Long, List<CommodityCoverage>> commoditiesCoveredWith(Collection<Long> companyIds, int size) {
        Map<Long, List<long[]>> rows = links.coverage(true, companyIds, size);
        Map<Long, Commodity> commodities = new HashMap<>();
        ids(rows.values().stream().flatMap(List::stream).map(r -> r[0]).distinct().toList(), Commodity.class)
                .forEach(c -> commodities.put(((Commodity) c).id, (Commodity) c));
        Map<Long, List<CommodityCoverage>> result = new HashMap<>();
        rows.forEach((company, list) -> result.put(company,
                list.stream().map(r -> new CommodityCoverage(commodities.get(r[0]), (int) r[1])).toList()));
        return result;
    }

    /** For each commodity, the companies its articles mention most, with how many articles. */
    public Map<Long, List<CompanyCoverage>> companiesCoveredWith(Collection<Long> commodityIds, int size) {
        Map<Long, List<long[]>> rows = links.coverage(false, commodityIds, size);
        Map<Long, Company> companies = new HashMap<>();
        ids(rows.values().stream().flatMap(List::stream).map(r -> r[0]).distinct().toList(), Company.class)
                .forEach(c -> companies.put(((Company) c).id, (Company) c));
        Map<Long, List<CompanyCoverage>> result = new HashMap<>();
        rows.forEach((commodity, list) -> result.put(commodity,
                list.stream().map(r -> new CompanyCoverage(companies.get(r[0]), (int) r[1])).toList()));
        return result;
    }

    /** A sentence, unless it comes from a body the caller may not read. */
    String snippet(Article article, String part, String sentence) {
        if (sentence == null || (TextPart.BODY.name().equals(part)
                && !caller.get().canReadBody(article.visibility == Visibility.PRIVATE, article.requiredTier))) {
            return null;
        }
        return sentence;
    }

    private static PageInfo pageInfo(Page page, int size, String after, String start, String end) {
        return new PageInfo(page.fetched().size() > size, after != null, start, end);
    }

    private static List<Link> firstOf(Page page, int size) {
        return page.fetched().size() > size ? page.fetched().subList(0, size) : page.fetched();
    }

    private static Map<Long, Article> load(Map<Long, Page> fetched, int size) {
        List<Long> ids = fetched.values().stream().flatMap(page -> firstOf(page, size).stream()).map(Link::articleId)
                .distinct().toList();
        Map<Long, Article> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Article.withIds(ids).forEach(article -> byId.put(article.id, article));
        }
        return byId;
    }

    private static List<?> ids(List<Long> ids, Class<?> entity) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entity == Company.class ? Company.withIds(ids) : Commodity.withIds(ids);
    }

    private static Map<Long, Article> byId(List<Article> articles) {
        Map<Long, Article> byId = new java.util.LinkedHashMap<>();
        articles.stream().filter(Objects::nonNull).forEach(a -> byId.put(a.id, a));
        return byId;
    }

    private static <T> Map<Long, List<T>> empty(Collection<Long> ids) {
        Map<Long, List<T>> result = new HashMap<>();
        ids.forEach(id -> result.put(id, new ArrayList<>()));
        return result;
    }

    private static List<LinkReason> reasons(List<String> via) {
        return via.stream().map(LinkReason::valueOf).toList();
    }

    private List<String> strings(String jsonArray) {
        try {
            return jsonArray == null ? List.of() : json.readValue(jsonArray, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned an array that is not JSON", e);
        }
    }
}
