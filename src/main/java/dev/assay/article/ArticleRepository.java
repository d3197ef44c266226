package dev.assay.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.assay.publisher.Publisher;

/** Batched reads of what hangs off articles: each method answers for many articles in one query. */
@ApplicationScoped
public class ArticleRepository {

    @Inject
    EntityManager em;

    public Map<Long, List<Tag>> tagsOf(Collection<Long> articleIds) {
        return pairs(em.createQuery("select a.id, t from Article a join a.tagSet t where a.id in :ids order by t.name",
                Object[].class).setParameter("ids", articleIds).getResultList(), articleIds);
    }

    public Map<Long, List<Category>> categoriesOf(Collection<Long> articleIds) {
        return pairs(em.createQuery(
                "select a.id, c from Article a join a.categorySet c where a.id in :ids order by c.name",
                Object[].class).setParameter("ids", articleIds).getResultList(), articleIds);
    }

    public Map<Long, List<ArticleAuthor>> creditsOf(Collection<Long> articleIds) {
        return pairs(em.createQuery("select c.article.id, c from ArticleAuthor c join fetch c.person "
                + "where c.article.id in :ids order by c.role, c.position", Object[].class)
                .setParameter("ids", articleIds).getResultList(), articleIds);
    }

    public Map<Long, Publisher> publishersOf(Collection<Long> articleIds) {
        Map<Long, Publisher> result = new HashMap<>();
        em.createQuery("select a.id, p from Article a join a.publisher p where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds).getResultList()
                .forEach(row -> result.put((Long) row[0], (Publisher) row[1]));
        return result;
    }

    /* Per article, the other published articles ranked by how many tags they share, in one statement. */
    private static final String RELATED = """
            SELECT source_id, other_id FROM (
                SELECT mine.article_id AS source_id, other.article_id AS other_id,
                       row_number() OVER (PARTITION BY mine.article_id
                                          ORDER BY count(*) DESC, max(o.published_on) DESC, other.article_id DESC) AS rn
                  FROM article_tag mine
                  JOIN article_tag other ON other.tag_id = mine.tag_id AND other.article_id <> mine.article_id
                  JOIN article o ON o.id = other.article_id AND o.status = 'PUBLISHED'
                 WHERE mine.article_id IN (:ids)
                 GROUP BY mine.article_id, other.article_id) ranked
             WHERE rn <= :size
             ORDER BY source_id, rn
            """;

    /** For each article, up to {@code size} related articles: two statements for any number of articles. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<Article>> relatedByTags(Collection<Long> articleIds, int size) {
        Map<Long, List<Article>> result = new HashMap<>();
        articleIds.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        if (articleIds.isEmpty() || size == 0) {
            return result;
        }
        List<Object[]> pairs = em.createNativeQuery(RELATED).setParameter("ids", articleIds).setParameter("size", size)
                .getResultList();
        if (pairs.isEmpty()) {
            return result;
        }
        Map<Long, Article> byId = new HashMap<>();
        Article.withIds(pairs.stream().map(p -> ((Number) p[1]).longValue()).distinct().toList())
                .forEach(a -> byId.put(a.id, a));
        pairs.forEach(p -> result.get(((Number) p[0]).longValue()).add(byId.get(((Number) p[1]).longValue())));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<Long, List<T>> pairs(List<Object[]> rows, Collection<Long> ids) {
        Map<Long, List<T>> result = new HashMap<>();
        ids.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        rows.forEach(row -> result.get((Long) row[0]).add((T) row[1]));
        return result;
    }
}
