package dev.assay.article;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.assay.access.CallerEntitlements;
import dev.assay.access.ReadableBodies;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageInfo;

/**
 * Pages of published articles, newest first: of a filter, or of each of many companies at once. Either way
 * three statements, whatever the page size or the number of companies, and the same order and cursors.
 */
@ApplicationScoped
public class ArticleSearch {

    static final String CURSOR_KIND = "article";
    /* Undated articles sort after every dated one. */
    private static final String PUBLISHED = "coalesce(a.published_on, DATE '0001-01-01')";
    private static final String NEWEST_FIRST = PUBLISHED + " DESC, a.id DESC";
    private static final String AFTER_POSITION = " AND (" + PUBLISHED + ", a.id) < (:afterDate, :afterId)";
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    /* Mentions of the given companies, counted per company, among the articles the search shows. */
    private static final String COMPANY_COUNTS = """
            SELECT m.company_id, count(*)
              FROM article_company m
              JOIN article a ON a.id = m.article_id
             WHERE m.company_id IN (:companies) AND %s
             GROUP BY m.company_id
            """;

    /*
     * One company's page. Knowing the company, the planner reads a rarely mentioned company's mentions
     * through article_company_company_idx and sorts them, but walks article_published_idx newest first for
     * a company that many articles mention, stopping at the page's end.
     */
    private static final String COMPANY_PAGE = """
            SELECT m.company_id, a.id
              FROM article_company m
              JOIN article a ON a.id = m.article_id
             WHERE m.company_id IN (:companies) AND %1$s
             ORDER BY %2$s
             LIMIT %3$d
            """;

    /*
     * The pages of several companies in one statement: a LATERAL subquery per company reads its mentions
     * through article_company_company_idx and keeps the newest; the outer ORDER BY hands them back page by page.
     */
    private static final String COMPANIES_PAGES = """
            SELECT co.id AS company_id, page.id
              FROM company co
             CROSS JOIN LATERAL (
                   SELECT a.id, %4$s AS published
                     FROM article_company m
                     JOIN article a ON a.id = m.article_id
                    WHERE m.company_id = co.id AND %1$s
                    ORDER BY %2$s
                    LIMIT %3$d) page
             WHERE co.id IN (:companies)
             ORDER BY co.id, page.published DESC, page.id DESC
            """;

    @Inject
    EntityManager em;

    @Inject
    CallerEntitlements caller;

    public ArticleConnection page(ArticleFilter filter, int size, String after) throws BadUserInputException {
        ArticleFilter criteria = filter == null ? new ArticleFilter() : filter;
        if (criteria.from != null && criteria.to != null && criteria.from.isAfter(criteria.to)) {
            throw new BadUserInputException("filter.from", "the range starts on " + criteria.from + ", after its end "
                    + criteria.to);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(criteria, caller.get().readableBodies(), parameters);
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        String pageWhere = where + afterPosition(after, pageParameters);
        int total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM article a WHERE " + where), parameters)
                .getSingleResult()).intValue();
        @SuppressWarnings("unchecked")
        List<Number> ids = bind(em.createNativeQuery("SELECT a.id FROM article a WHERE " + pageWhere
                + " ORDER BY " + NEWEST_FIRST + " LIMIT " + (size + 1)), pageParameters).getResultList();
        List<Long> fetched = ids.stream().map(Number::longValue).toList();
        return connection(fetched, size, after != null, total, load(firstOf(fetched, size)));
    }

    /**
     * For each company, the page of published articles that mention it, by the same rules as
     * {@link #page}; every company gets a connection, empty when nothing mentions it.
     */
    public Map<Long, ArticleConnection> pagesByCompany(Collection<Long> companyIds, int size, String after)
            throws BadUserInputException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("companies", companyIds);
        String where = where(new ArticleFilter(), caller.get().readableBodies(), parameters);
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        String pageWhere = where + afterPosition(after, pageParameters);
        Map<Long, ArticleConnection> result = new HashMap<>();
        if (companyIds.isEmpty()) {
            return result;
        }
        Map<Long, Integer> totals = new HashMap<>();
        for (Object[] row : rows(COMPANY_COUNTS.formatted(where), parameters)) {
            totals.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        Map<Long, List<Long>> fetched = new LinkedHashMap<>();
        companyIds.forEach(id -> fetched.put(id, new ArrayList<>()));
        String pages = (companyIds.size() == 1 ? COMPANY_PAGE : COMPANIES_PAGES)
                .formatted(pageWhere, NEWEST_FIRST, size + 1, PUBLISHED);
        for (Object[] row : rows(pages, pageParameters)) {
            fetched.get(((Number) row[0]).longValue()).add(((Number) row[1]).longValue());
        }
        Map<Long, Article> articles = load(fetched.values().stream().flatMap(ids -> firstOf(ids, size).stream())
                .distinct().toList());
        fetched.forEach((company, ids) -> result.put(company,
                connection(ids, size, after != null, totals.getOrDefault(company, 0), articles)));
        return result;
    }

    static String cursorOf(Article article) {
        return Cursor.encode(CURSOR_KIND, publishedOrUndated(article) + "|" + article.id);
    }

    private static LocalDate publishedOrUndated(Article article) {
        return article.publishedOn == null ? UNDATED : article.publishedOn;
    }

    /** The keyset condition continuing after a cursor, with its parameters; nothing without a cursor. */
    private static String afterPosition(String after, Map<String, Object> parameters) throws BadUserInputException {
        if (after == null) {
            return "";
        }
        String[] position = Cursor.decode(CURSOR_KIND, after, "after").split("\\|");
        try {
            parameters.put("afterDate", Date.valueOf(LocalDate.parse(position[0])));
            parameters.put("afterId", Long.parseLong(position[1]));
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "not a cursor returned by this API for this list");
        }
        return AFTER_POSITION;
    }

    /** The articles with these ids, in one statement. */
    private static Map<Long, Article> load(List<Long> ids) {
        Map<Long, Article> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Article.<Article>list("id in ?1", ids).forEach(article -> byId.put(article.id, article));
        }
        return byId;
    }

    /** A page from the ids fetched newest first: one more than the page holds when more follow. */
    private static ArticleConnection connection(List<Long> fetched, int size, boolean hasPrevious, int total,
            Map<Long, Article> articles) {
        List<ArticleEdge> edges = firstOf(fetched, size).stream().map(articles::get).filter(Objects::nonNull)
                .map(article -> new ArticleEdge(cursorOf(article), article)).toList();
        PageInfo info = new PageInfo(fetched.size() > size, hasPrevious,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        return new ArticleConnection(edges, info, total);
    }

    private static List<Long> firstOf(List<Long> ids, int size) {
        return ids.size() > size ? ids.subList(0, size) : ids;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        return bind(em.createNativeQuery(sql), parameters).getResultList();
    }

    /**
     * Which articles a search shows: published ones, narrowed by the filter's criteria. Words match in the
     * title and excerpt of every article, and in the body only where the caller may read it.
     */
    private static String where(ArticleFilter f, ReadableBodies bodies, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("a.status = 'PUBLISHED'");
        if (f.tag != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_tag at JOIN tag t ON t.id = at.tag_id"
                    + " WHERE at.article_id = a.id AND t.slug = :tag)");
            parameters.put("tag", f.tag);
        }
        if (f.category != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_category ac JOIN category c ON c.id = ac.category_id"
                    + " WHERE ac.article_id = a.id AND c.slug = :category)");
            parameters.put("category", f.category);
        }
        if (f.author != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_author aa JOIN author p ON p.id = aa.author_id"
                    + " WHERE aa.article_id = a.id AND p.slug = :author)");
            parameters.put("author", f.author);
        }
        if (f.publisher != null) {
            where.append(" AND a.publisher_id = (SELECT id FROM publisher WHERE slug = :publisher)");
            parameters.put("publisher", f.publisher);
        }
        if (f.from != null) {
            where.append(" AND a.published_on >= :from");
            parameters.put("from", Date.valueOf(f.from));
        }
        if (f.to != null) {
            where.append(" AND a.published_on <= :to");
            parameters.put("to", Date.valueOf(f.to));
        }
        if (f.featured != null) {
            where.append(" AND a.featured = :featured");
            parameters.put("featured", f.featured);
        }
        if (f.search != null && !f.search.isBlank()) {
            // The index, over title, excerpt and body, finds the candidates; an article whose body the caller
            // may not read must then match on its title and excerpt alone.
            where.append(" AND to_tsvector('english', a.title || ' ' || coalesce(a.excerpt, '') || ' ' || a.body_text)"
                    + " @@ plainto_tsquery('english', :search)");
            parameters.put("search", f.search);
            if (!bodies.everything()) {
                where.append(" AND (").append(readable(bodies, parameters))
                        .append(" OR to_tsvector('english', a.title || ' ' || coalesce(a.excerpt, ''))"
                                + " @@ plainto_tsquery('english', :search))");
            }
        }
        return where.toString();
    }

    /** Which articles' bodies the caller may read, when not all: the public ones and the private ones listed. */
    private static String readable(ReadableBodies bodies, Map<String, Object> parameters) {
        StringBuilder readable = new StringBuilder("(a.visibility = 'PUBLIC'");
        if (bodies.untiered()) {
            readable.append(" OR a.required_tier IS NULL");
        }
        if (!bodies.tiers().isEmpty()) {
            readable.append(" OR a.required_tier IN (:bodyTiers)");
            parameters.put("bodyTiers", List.copyOf(bodies.tiers()));
        }
        return readable.append(")").toString();
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
