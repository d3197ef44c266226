package dev.assay.article;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Pages of published articles matching a filter, newest first, in three statements whatever the page size; and
 * the full-text search both the filter and the ranked search use.
 */
@ApplicationScoped
public class ArticleSearch {

    static final String CURSOR_KIND = "article";
    /* Undated articles sort after every dated one. */
    private static final String PUBLISHED = "coalesce(a.published_on, DATE '0001-01-01')";
    private static final String NEWEST_FIRST = PUBLISHED + " DESC, a.id DESC";
    private static final String AFTER_POSITION = " AND (" + PUBLISHED + ", a.id) < (:afterDate, :afterId)";
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

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

    /*
     * The ranked search: the page's ids and ranks first, so that snippets (ts_headline, which reads the text) are
     * made for the page only. Ranks are cover density over what the caller may search, title above excerpt above
     * body, divided by the number of unique words so that long articles do not win by length alone.
     */
    private static final String HITS = """
            SELECT page.id, page.rank, ts_headline('english', CASE WHEN page.whole THEN a.title || E'\\n' || coalesce(a.excerpt, '')
                       || E'\\n' || a.body_text ELSE a.title || E'\\n' || coalesce(a.excerpt, '') END,
                       websearch_to_tsquery('english', :search), :headline)
              FROM (SELECT a.id, ts_rank_cd(%2$s, websearch_to_tsquery('english', :search), 8) AS rank, %3$s AS whole,
                           coalesce(a.published_on, DATE '0001-01-01') AS published
                      FROM article a WHERE %1$s
                     ORDER BY rank DESC, published DESC, a.id DESC
                     LIMIT %4$d OFFSET %5$d) page
              JOIN article a ON a.id = page.id
             ORDER BY page.rank DESC, page.published DESC, page.id DESC
            """;

    /* Highlighted words come back between these two characters, which the text cannot hold, to be marked up safely. */
    static final char MARK_START = '\u0002';
    static final char MARK_END = '\u0003';
    private static final String HEADLINE = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    static final String HIT_CURSOR = "hit";

    /** A found article: its rank and highlighted snippet. */
    record Hit(long articleId, double rank, String headline) {
    }

    /** One page of a ranked search, best first: up to one hit more than asked, to tell whether more follow. */
    record Hits(List<Hit> fetched, int offset, int total) {
    }

    /** Published articles matching a web-style query, best first; a private body counts only where readable. */
    Hits hits(String query, int size, String after) throws BadUserInputException {
        int offset = 0;
        if (after != null) {
            try {
                offset = Integer.parseInt(Cursor.decode(HIT_CURSOR, after, "after")) + 1;
            } catch (NumberFormatException e) {
                throw new BadUserInputException("after", "not a cursor returned by this API for this list");
            }
        }
        ReadableBodies bodies = caller.get().readableBodies();
        Map<String, Object> parameters = new HashMap<>();
        String where = "a.status = 'PUBLISHED' AND " + matches(bodies, parameters);
        parameters.put("search", query);
        int total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM article a WHERE " + where), parameters)
                .getSingleResult()).intValue();
        String whole = bodies.everything() ? "TRUE" : readable(bodies, parameters);
        parameters.put("headline", HEADLINE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(HITS.formatted(where, searchable(bodies, parameters), whole,
                size + 1, offset)), parameters).getResultList();
        return new Hits(rows.stream().map(r -> new Hit(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue(),
                (String) r[2])).toList(), offset, total);
    }

    /** The articles with these ids, in one statement. */
    static Map<Long, Article> articles(List<Long> ids) {
        return load(ids);
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
            where.append(" AND ").append(matches(bodies, parameters));
            parameters.put("search", f.search);
        }
        return where.toString();
    }

    /**
     * Whether article {@code a} matches the web-style query {@code :search} ("quoted phrases", -negation, or):
     * over its title, excerpt and body where the caller may read the body, over its title and excerpt alone
     * elsewhere, so that neither a word nor a negated word of a body the caller may not read decides anything.
     */
    static String matches(ReadableBodies bodies, Map<String, Object> parameters) {
        if (bodies.everything()) {
            return "a.search_all @@ websearch_to_tsquery('english', :search)";
        }
        String readable = readable(bodies, parameters);
        return "((" + readable + " AND a.search_all @@ websearch_to_tsquery('english', :search)) OR (NOT " + readable
                + " AND a.search_public @@ websearch_to_tsquery('english', :search)))";
    }

    /** The vector of what the caller may search in article {@code a}, for ranking and snippets. */
    static String searchable(ReadableBodies bodies, Map<String, Object> parameters) {
        return bodies.everything() ? "a.search_all"
                : "(CASE WHEN " + readable(bodies, parameters) + " THEN a.search_all ELSE a.search_public END)";
    }

    /** Which articles' bodies the caller may read, when not all: the public ones and the private ones listed. */
    static String readable(ReadableBodies bodies, Map<String, Object> parameters) {
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
