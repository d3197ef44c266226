package dev.assay.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.assay.article.mention.ArticleText;
import dev.assay.article.mention.CommodityTopic;
import dev.assay.article.mention.MentionFinder.CompanyNames;

/**
 * The stored links of articles to companies and commodities: what computing them reads (names, topics, article
 * texts, editors' choices) and how they are replaced; and the commodity topics, which the registry import writes. Lists travel as JSON, so that one statement carries any
 * number of rows.
 */
@ApplicationScoped
public class LinkRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** An article's text with its tag and category slugs, as the link computation reads it. */
    record LinkedText(long articleId, ArticleText text, Set<String> tags, Set<String> categories) {
    }

    /** A link to write: to a company or a commodity, with its mentions and first sentence (both may be empty). */
    record LinkRow(long articleId, long targetId, int mentions, String firstPart, String firstSentence, boolean byHand,
            List<String> via) {

        /** The row as the JSON object the insert reads (a map: records would need reflection to serialise). */
        Map<String, Object> columns() {
            Map<String, Object> columns = new HashMap<>();
            columns.put("article_id", articleId);
            columns.put("target_id", targetId);
            columns.put("mentions", mentions);
            columns.put("first_part", firstPart);
            columns.put("first_sentence", firstSentence);
            columns.put("by_hand", byHand);
            columns.put("via", via);
            return columns;
        }
    }

    private static final String TEXTS = """
            SELECT a.id, a.title, a.excerpt, a.body_text,
                   to_json(ARRAY(SELECT t.slug FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = a.id))::text,
                   to_json(ARRAY(SELECT c.slug FROM article_category x JOIN category c ON c.id = x.category_id
                                  WHERE x.article_id = a.id))::text
              FROM article a WHERE a.id IN (:ids)
            """;

    private static final String INSERT_COMPANY_LINKS = """
            INSERT INTO article_company (article_id, company_id, mentions, first_part, first_sentence, by_hand)
            SELECT r.article_id, r.target_id, r.mentions, r.first_part, r.first_sentence, r.by_hand
              FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                   AS r(article_id bigint, target_id bigint, mentions int, first_part text, first_sentence text, by_hand boolean)
            """;

    private static final String INSERT_COMMODITY_LINKS = """
            INSERT INTO article_commodity (article_id, commodity_id, via, mentions, first_part, first_sentence)
            SELECT r.article_id, r.target_id, ARRAY(SELECT jsonb_array_elements_text(r.via)), r.mentions, r.first_part,
                   r.first_sentence
              FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                   AS r(article_id bigint, target_id bigint, via jsonb, mentions int, first_part text, first_sentence text)
            """;

    /*
     * The articles that may mention a company under any of these names, or that are linked to it now: a plain
     * substring test, which the computation then narrows to whole words.
     */
    private static final String CANDIDATES = """
            SELECT a.id FROM article a
             WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(CAST(:names AS jsonb)) AS n(name)
                            WHERE strpos(a.title || ' ' || coalesce(a.excerpt, '') || ' ' || a.body_text, n.name) > 0)
                OR a.id IN (SELECT article_id FROM article_company WHERE company_id = :company)
                OR a.id IN (SELECT article_id FROM article_company_choice WHERE company_id = :company)
             ORDER BY a.id
            """;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Writes pending entity changes, so that the statements below read the articles as they now are. */
    void flush() {
        em.flush();
    }

    @SuppressWarnings("unchecked")
    List<CompanyNames> companyNames() {
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, to_json(aliases)::text FROM company ORDER BY id")
                .getResultList();
        return rows.stream().map(r -> new CompanyNames(((Number) r[0]).longValue(), (String) r[1], strings(r[2]))).toList();
    }

    @SuppressWarnings("unchecked")
    List<CommodityTopic> topics() {
        List<Object[]> rows = em.createNativeQuery("SELECT commodity_id, to_json(tags)::text, to_json(categories)::text, "
                + "to_json(phrases)::text FROM commodity_topic ORDER BY commodity_id").getResultList();
        return rows.stream().map(r -> new CommodityTopic(((Number) r[0]).longValue(), new LinkedHashSet<>(strings(r[1])),
                new LinkedHashSet<>(strings(r[2])), strings(r[3]))).toList();
    }

    /** Removes every commodity topic, before the topics file is imported anew. */
    public void deleteTopics() {
        em.createNativeQuery("DELETE FROM commodity_topic").executeUpdate();
    }

    /** Stores the topic of a commodity: the tags, categories and phrases that link an article to it. */
    public void insertTopic(long commodityId, List<String> tags, List<String> categories, List<String> phrases) {
        em.createNativeQuery("INSERT INTO commodity_topic (commodity_id, tags, categories, phrases) "
                + "VALUES (:id, CAST(:tags AS text[]), CAST(:categories AS text[]), CAST(:phrases AS text[]))")
                .setParameter("id", commodityId).setParameter("tags", array(tags))
                .setParameter("categories", array(categories)).setParameter("phrases", array(phrases))
                .executeUpdate();
    }

    /** A PostgreSQL array literal: each element quoted, with quotes and backslashes escaped. */
    private static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    List<Long> articleIds() {
        List<Number> ids = em.createNativeQuery("SELECT id FROM article ORDER BY id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    List<Long> candidates(long companyId, List<String> names) {
        List<Number> ids = em.createNativeQuery(CANDIDATES).setParameter("names", write(names))
                .setParameter("company", companyId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    List<LinkedText> texts(Collection<Long> articleIds) {
        List<Object[]> rows = em.createNativeQuery(TEXTS).setParameter("ids", articleIds).getResultList();
        return rows.stream().map(r -> new LinkedText(((Number) r[0]).longValue(),
                ArticleText.of((String) r[1], (String) r[2], (String) r[3]), new LinkedHashSet<>(strings(r[4])),
                new LinkedHashSet<>(strings(r[5])))).toList();
    }

    /** Editors' choices for these articles: article id → company id → linked (true) or refused (false). */
    @SuppressWarnings("unchecked")
    Map<Long, Map<Long, Boolean>> choices(Collection<Long> articleIds) {
        Map<Long, Map<Long, Boolean>> choices = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT article_id, company_id, linked FROM article_company_choice "
                + "WHERE article_id IN (:ids)").setParameter("ids", articleIds).getResultList();
        rows.forEach(r -> choices.computeIfAbsent(((Number) r[0]).longValue(), id -> new HashMap<>())
                .put(((Number) r[1]).longValue(), (Boolean) r[2]));
        return choices;
    }

    void choose(long articleId, long companyId, boolean linked, String actor, java.time.OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO article_company_choice (article_id, company_id, linked, chosen_by, chosen_at)
                VALUES (:article, :company, :linked, :actor, :at)
                ON CONFLICT (article_id, company_id) DO UPDATE
                   SET linked = EXCLUDED.linked, chosen_by = EXCLUDED.chosen_by, chosen_at = EXCLUDED.chosen_at
                """).setParameter("article", articleId).setParameter("company", companyId).setParameter("linked", linked)
                .setParameter("actor", actor).setParameter("at", at).executeUpdate();
    }

    /** Forgets the editors' choice for one company, or for every company they linked by hand when null. */
    void forget(long articleId, Long companyId) {
        if (companyId == null) {
            em.createNativeQuery("DELETE FROM article_company_choice WHERE article_id = :article AND linked")
                    .setParameter("article", articleId).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM article_company_choice WHERE article_id = :article AND company_id = :company")
                    .setParameter("article", articleId).setParameter("company", companyId).executeUpdate();
        }
    }

    /** Replaces the company and commodity links of these articles with the rows given. */
    void replace(Collection<Long> articleIds, List<LinkRow> companies, List<LinkRow> commodities) {
        em.createNativeQuery("DELETE FROM article_company WHERE article_id IN (:ids)").setParameter("ids", articleIds)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM article_commodity WHERE article_id IN (:ids)").setParameter("ids", articleIds)
                .executeUpdate();
        if (!companies.isEmpty()) {
            em.createNativeQuery(INSERT_COMPANY_LINKS).setParameter("rows", write(companies.stream().map(LinkRow::columns).toList())).executeUpdate();
        }
        if (!commodities.isEmpty()) {
            em.createNativeQuery(INSERT_COMMODITY_LINKS).setParameter("rows", write(commodities.stream().map(LinkRow::columns).toList())).executeUpdate();
        }
    }

    /** A stored link as read back: to a company or a commodity. */
    record StoredLink(long articleId, long targetId, int mentions, String firstPart, String firstSentence, boolean byHand,
            List<String> via) {
    }

    /** The company links of these articles, most mentioned first, then by company name. */
    @SuppressWarnings("unchecked")
    List<StoredLink> companyLinksOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.article_id, m.company_id, m.mentions, m.first_part, m.first_sentence, m.by_hand
                  FROM article_company m JOIN company c ON c.id = m.company_id
                 WHERE m.article_id IN (:ids)
                 ORDER BY m.article_id, m.mentions DESC, c.name, c.slug
                """).setParameter("ids", articleIds).getResultList();
        return rows.stream().map(r -> new StoredLink(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (Boolean) r[5], List.of())).toList();
    }

    /** The commodity links of these articles, in the catalogue's display order. */
    @SuppressWarnings("unchecked")
    List<StoredLink> commodityLinksOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.article_id, m.commodity_id, m.mentions, m.first_part, m.first_sentence, to_json(m.via)::text
                  FROM article_commodity m JOIN commodity c ON c.id = m.commodity_id
                 WHERE m.article_id IN (:ids)
                 ORDER BY m.article_id, c.display_order, c.id
                """).setParameter("ids", articleIds).getResultList();
        return rows.stream().map(r -> new StoredLink(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).intValue(), (String) r[3], (String) r[4], false, strings(r[5]))).toList();
    }

    /**
     * For each owner (a company, or a commodity), the other side most often linked through the same published
     * articles, with how many articles: up to {@code size} each, in one statement.
     */
    @SuppressWarnings("unchecked")
    Map<Long, List<long[]>> coverage(boolean ofCompanies, Collection<Long> ownerIds, int size) {
        Map<Long, List<long[]>> result = new HashMap<>();
        ownerIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (ownerIds.isEmpty() || size == 0) {
            return result;
        }
        String owner = ofCompanies ? "mc.company_id" : "mt.commodity_id";
        String other = ofCompanies ? "mt.commodity_id" : "mc.company_id";
        String tie = ofCompanies ? "(SELECT display_order FROM commodity WHERE id = mt.commodity_id)"
                : "(SELECT name FROM company WHERE id = mc.company_id)";
        List<Object[]> rows = em.createNativeQuery("""
                SELECT owner_id, other_id, articles FROM (
                    SELECT %1$s AS owner_id, %2$s AS other_id, count(*) AS articles,
                           row_number() OVER (PARTITION BY %1$s ORDER BY count(*) DESC, min(%3$s), %2$s) AS rn
                      FROM article_company mc
                      JOIN article_commodity mt ON mt.article_id = mc.article_id
                      JOIN article a ON a.id = mc.article_id AND a.status = 'PUBLISHED'
                     WHERE %1$s IN (:owners)
                     GROUP BY %1$s, %2$s) ranked
                 WHERE rn <= :size
                 ORDER BY owner_id, rn
                """.formatted(owner, other, tie)).setParameter("owners", ownerIds).setParameter("size", size)
                .getResultList();
        rows.forEach(r -> result.get(((Number) r[0]).longValue())
                .add(new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return result;
    }

    /**
     * For each (commodity, day) pair, the last print on or before the day, and for each commodity its latest print:
     * rows of commodity id, the day asked (null for the latest), the print's date and value.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> printsOnOrBefore(List<Map<String, Object>> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                WITH asked AS (
                    SELECT DISTINCT q.commodity_id, q.day
                      FROM jsonb_to_recordset(CAST(:pairs AS jsonb)) AS q(commodity_id bigint, day date)
                    UNION
                    SELECT DISTINCT q.commodity_id, NULL::date
                      FROM jsonb_to_recordset(CAST(:pairs AS jsonb)) AS q(commodity_id bigint, day date))
                SELECT asked.commodity_id, asked.day, b.assessed_on, b.value
                  FROM asked
                  JOIN LATERAL (
                       SELECT p.assessed_on, p.value FROM price_point p
                        WHERE p.commodity_id = asked.commodity_id AND NOT p.retracted
                          AND (asked.day IS NULL OR p.assessed_on <= asked.day)
                        ORDER BY p.assessed_on DESC LIMIT 1) b ON true
                """).setParameter("pairs", write(pairs)).getResultList();
    }

    private List<String> strings(Object jsonArray) {
        try {
            return jsonArray == null ? List.of() : new ArrayList<>(json.readValue((String) jsonArray, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned an array that is not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Links could not be written as JSON", e);
        }
    }
}
