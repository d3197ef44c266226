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

    @SuppressWarnings("unchecked")
    private static <T> Map<Long, List<T>> pairs(List<Object[]> rows, Collection<Long> ids) {
        Map<Long, List<T>> result = new HashMap<>();
        ids.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        rows.forEach(row -> result.get((Long) row[0]).add((T) row[1]));
        return result;
    }
}
