package dev.assay.article;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.assay.access.ReadableBodies;

/**
 * The SQL of the article search: the filter's count and page of ids, newest first, and the ranked full-text
 * search with its snippets. Words match in the title and excerpt of every article, and in the body only where
 * the caller may read it.
 */
@ApplicationScoped
public class ArticleSearchRepository {

    /* Undated articles sort after every dated one. */
    private static final String PUBLISHED = "coalesce(a.published_on, DATE '0001-01-01')";
    private static final String NEWEST_FIRST = PUBLISHED + " DESC, a.id DESC";
    private static final String AFTER_POSITION = " AND (" + PUBLISHED + ", a.id) < (:afterDate, :afterId)";

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

    /** Where a page continues: after the article published on {@code date} (undated: year 1) with this id. */
    record Position(LocalDate date, long id) {
    }

    /** The filter's matches: how many in all, and the ids of a page, newest first, one more when more follow. */
    record Matches(int total, List<Long> ids) {
    }

    /** A found article: its rank and highlighted snippet. */
    record Hit(long articleId, double rank, String headline) {
    }

    /** One page of a ranked search, best first: up to one hit more than asked, to tell whether more follow. */
    record Hits(List<Hit> fetched, int offset, int total) {
    }

    @Inject
    EntityManager em;

    /** The published articles matching the filter: their count and up to {@code limit} ids after {@code after}. */
    Matches matching(ArticleFilter filter, ReadableBodies bodies, Position after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, bodies, parameters);
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        String pageWhere = where;
        if (after != null) {
            pageParameters.put("afterDate", Date.valueOf(after.date()));
            pageParameters.put("afterId", after.id());
            pageWhere += AFTER_POSITION;
        }
        int total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM article a WHERE " + where), parameters)
                .getSingleResult()).intValue();
        @SuppressWarnings("unchecked")
        List<Number> ids = bind(em.createNativeQuery("SELECT a.id FROM article a WHERE " + pageWhere
                + " ORDER BY " + NEWEST_FIRST + " LIMIT " + limit), pageParameters).getResultList();
        return new Matches(total, ids.stream().map(Number::longValue).toList());
    }

    /** Published articles matching a web-style query, best first; a private body counts only where readable. */
    Hits hits(String query, ReadableBodies bodies, int limit, int offset) {
        Map<String, Object> parameters = new HashMap<>();
        String where = "a.status = 'PUBLISHED' AND " + matches(bodies, parameters);
        parameters.put("search", query);
        int total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM article a WHERE " + where), parameters)
                .getSingleResult()).intValue();
        String whole = bodies.everything() ? "TRUE" : readable(bodies, parameters);
        parameters.put("headline", HEADLINE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(HITS.formatted(where, searchable(bodies, parameters), whole,
                limit, offset)), parameters).getResultList();
        return new Hits(rows.stream().map(r -> new Hit(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue(),
                (String) r[2])).toList(), offset, total);
    }

    /** Which articles a search shows: published ones, narrowed by the filter's criteria. */
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
