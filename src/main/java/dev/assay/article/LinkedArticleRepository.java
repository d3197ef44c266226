package dev.assay.article;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the pages of published articles linked to each of many companies, or commodities, in two statements
 * whatever their number: the counts, and the pages (one LATERAL subquery per owner reads its links through the
 * owner's index). ArticleLinks loads the articles, the third statement.
 */
@ApplicationScoped
public class LinkedArticleRepository {

    private static final String PUBLISHED = "coalesce(a.published_on, DATE '0001-01-01')";

    /** What the articles are linked to: the link table, its owner column and the owner table, all fixed names. */
    enum Owner {
        COMPANY("article_company", "company_id", "company", "m.by_hand", "NULL::text"),
        COMMODITY("article_commodity", "commodity_id", "commodity", "FALSE", "to_json(m.via)::text");

        final String links;
        final String column;
        final String table;
        final String byHand;
        final String via;

        Owner(String links, String column, String table, String byHand, String via) {
            this.links = links;
            this.column = column;
            this.table = table;
            this.byHand = byHand;
            this.via = via;
        }
    }

    /** One link of a page, with the link's own columns. */
    record Link(long ownerId, long articleId, int mentions, String firstPart, String firstSentence, boolean byHand,
            String via) {
    }

    /** One owner's page: up to one link more than asked, to tell whether more follow, and the total. */
    record Page(List<Link> fetched, int total) {
    }

    /**
     * Where a page continues: after the link with these mentions (by relevance; null when newest first), to the
     * article published on {@code date} (undated: year 1) with this id.
     */
    record Position(Integer mentions, LocalDate date, long id) {
    }

    @Inject
    EntityManager em;

    Map<Long, Page> pages(Owner owner, Collection<Long> ownerIds, MentionOrder order, int size, Position after) {
        Map<Long, Page> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("owners", ownerIds);
        String keyset = afterPosition(order, after, parameters);
        Map<Long, Integer> totals = new HashMap<>();
        for (Object[] row : rows(("SELECT m.%2$s, count(*) FROM %1$s m JOIN article a ON a.id = m.article_id "
                + "WHERE m.%2$s IN (:owners) AND a.status = 'PUBLISHED' GROUP BY m.%2$s").formatted(owner.links, owner.column),
                Map.of("owners", ownerIds))) {
            totals.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        String ordering = order == MentionOrder.RELEVANCE ? "m.mentions DESC, " + PUBLISHED + " DESC, a.id DESC"
                : PUBLISHED + " DESC, a.id DESC";
        String outer = order == MentionOrder.RELEVANCE ? "page.mentions DESC, page.published DESC, page.article_id DESC"
                : "page.published DESC, page.article_id DESC";
        String sql = """
                SELECT o.id, page.article_id, page.mentions, page.first_part, page.first_sentence, page.by_hand, page.via
                  FROM %3$s o
                 CROSS JOIN LATERAL (
                       SELECT a.id AS article_id, m.mentions, m.first_part, m.first_sentence, %4$s AS published,
                              %5$s AS by_hand, %10$s AS via
                         FROM %1$s m
                         JOIN article a ON a.id = m.article_id
                        WHERE m.%2$s = o.id AND a.status = 'PUBLISHED' %6$s
                        ORDER BY %7$s
                        LIMIT %8$d) page
                 WHERE o.id IN (:owners)
                 ORDER BY o.id, %9$s
                """.formatted(owner.links, owner.column, owner.table, PUBLISHED, owner.byHand, keyset, ordering,
                size + 1, outer, owner.via);
        Map<Long, List<Link>> fetched = new LinkedHashMap<>();
        ownerIds.forEach(id -> fetched.put(id, new ArrayList<>()));
        for (Object[] row : rows(sql, parameters)) {
            fetched.get(((Number) row[0]).longValue()).add(new Link(((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(), ((Number) row[2]).intValue(), (String) row[3], (String) row[4],
                    (Boolean) row[5], (String) row[6]));
        }
        fetched.forEach((id, links) -> result.put(id, new Page(links, totals.getOrDefault(id, 0))));
        return result;
    }

    /** The keyset condition continuing after a position, with its parameters; nothing without one. */
    private static String afterPosition(MentionOrder order, Position after, Map<String, Object> parameters) {
        if (after == null) {
            return "";
        }
        parameters.put("afterDate", Date.valueOf(after.date()));
        parameters.put("afterId", after.id());
        if (order == MentionOrder.NEWEST) {
            return " AND (" + PUBLISHED + ", a.id) < (:afterDate, :afterId)";
        }
        parameters.put("afterMentions", after.mentions());
        return " AND (m.mentions, " + PUBLISHED + ", a.id) < (:afterMentions, :afterDate, :afterId)";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
