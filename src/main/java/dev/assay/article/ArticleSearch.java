package dev.assay.article;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageInfo;

/** Pages of published articles matching a filter, newest first, in three statements whatever the page size. */
@ApplicationScoped
public class ArticleSearch {

    static final String CURSOR_KIND = "article";
    /* Undated articles sort after every dated one. */
    private static final String PUBLISHED = "coalesce(a.published_on, DATE '0001-01-01')";
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    @Inject
    EntityManager em;

    public ArticleConnection page(ArticleFilter filter, int size, String after) throws BadUserInputException {
        ArticleFilter criteria = filter == null ? new ArticleFilter() : filter;
        if (criteria.from != null && criteria.to != null && criteria.from.isAfter(criteria.to)) {
            throw new BadUserInputException("filter.from", "the range starts on " + criteria.from + ", after its end "
                    + criteria.to);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(criteria, parameters);
        int total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM article a WHERE " + where), parameters)
                .getSingleResult()).intValue();
        String pageWhere = where;
        if (after != null) {
            String[] position = Cursor.decode(CURSOR_KIND, after, "after").split("\\|");
            try {
                parameters.put("afterDate", Date.valueOf(LocalDate.parse(position[0])));
                parameters.put("afterId", Long.parseLong(position[1]));
            } catch (RuntimeException e) {
                throw new BadUserInputException("after", "not a cursor returned by this API for this list");
            }
            pageWhere += " AND (" + PUBLISHED + ", a.id) < (:afterDate, :afterId)";
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = bind(em.createNativeQuery("SELECT a.id FROM article a WHERE " + pageWhere
                + " ORDER BY " + PUBLISHED + " DESC, a.id DESC LIMIT " + (size + 1)), parameters).getResultList();
        boolean more = ids.size() > size;
        List<Long> pageIds = ids.stream().limit(size).map(Number::longValue).toList();
        List<Article> articles = pageIds.isEmpty() ? new ArrayList<>()
                : new ArrayList<>(Article.<Article>list("id in ?1", pageIds));
        articles.sort(Comparator.comparing((Article a) -> publishedOrUndated(a)).thenComparing(a -> a.id).reversed());
        List<ArticleEdge> edges = articles.stream().map(a -> new ArticleEdge(cursorOf(a), a)).toList();
        PageInfo info = new PageInfo(more, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        return new ArticleConnection(edges, info, total);
    }

    static String cursorOf(Article article) {
        return Cursor.encode(CURSOR_KIND, publishedOrUndated(article) + "|" + article.id);
    }

    private static LocalDate publishedOrUndated(Article article) {
        return article.publishedOn == null ? UNDATED : article.publishedOn;
    }

    private static String where(ArticleFilter f, Map<String, Object> parameters) {
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
            where.append(" AND to_tsvector('english', a.title || ' ' || coalesce(a.excerpt, '') || ' ' || a.body_text)"
                    + " @@ plainto_tsquery('english', :search)");
            parameters.put("search", f.search);
        }
        return where.toString();
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
