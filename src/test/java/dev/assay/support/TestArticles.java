package dev.assay.support;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Test data factory: companies and articles mentioning them, written straight to the database, and removed
 * again by the prefix their slugs share.
 */
@ApplicationScoped
public class TestArticles {

    private static final String PUBLISHER = "benchmark-source";

    @Inject
    EntityManager em;

    @Transactional
    public void company(String slug, String name) {
        em.createNativeQuery("INSERT INTO company (slug, name) VALUES (:slug, :name)").setParameter("slug", slug)
                .setParameter("name", name).executeUpdate();
    }

    /**
     * An article with a one-paragraph body, mentioning the given companies; {@code publishedOn} null leaves
     * it undated, {@code requiredTier} applies to private articles.
     */
    @Transactional
    public void article(String slug, LocalDate publishedOn, String status, String visibility, String requiredTier,
            String... companies) {
        insert(slug, publishedOn, status, visibility, requiredTier, "Body of " + slug + ".", companies);
    }

    /** A published article whose body, and neither its title nor its excerpt, says {@code body}. */
    @Transactional
    public void articleSaying(String slug, String visibility, String requiredTier, String body) {
        insert(slug, LocalDate.of(2026, 1, 1), "PUBLISHED", visibility, requiredTier, body);
    }

    private void insert(String slug, LocalDate publishedOn, String status, String visibility, String requiredTier,
            String text, String... companies) {
        em.createNativeQuery("""
                INSERT INTO article (slug, title, excerpt, published_on, publisher_id, visibility, required_tier, status,
                                     body_json, body_text)
                VALUES (:slug, :title, 'Excerpt.', CAST(:publishedOn AS date), (SELECT id FROM publisher WHERE slug = :publisher),
                        :visibility, CAST(:tier AS text), :status, CAST(:bodyJson AS jsonb), :bodyText)
                """).setParameter("slug", slug).setParameter("title", "Title of " + slug)
                .setParameter("publishedOn", publishedOn == null ? null : publishedOn.toString()).setParameter("publisher", PUBLISHER)
                .setParameter("visibility", visibility).setParameter("tier", requiredTier).setParameter("status", status)
                .setParameter("bodyJson", "{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":"
                        + "[{\"type\":\"text\",\"text\":\"" + text + "\"}]}]}")
                .setParameter("bodyText", text).executeUpdate();
        if (companies.length > 0) {
            // Linked by hand, as an editor would: the text says nothing of them, and a recomputation keeps them
            em.createNativeQuery("""
                    INSERT INTO article_company (article_id, company_id, by_hand)
                    SELECT a.id, c.id, TRUE FROM article a, company c WHERE a.slug = :slug AND c.slug IN (:companies)
                    """).setParameter("slug", slug).setParameter("companies", List.of(companies)).executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO article_company_choice (article_id, company_id, linked, chosen_by, chosen_at)
                    SELECT a.id, c.id, TRUE, 'test', now() FROM article a, company c
                     WHERE a.slug = :slug AND c.slug IN (:companies)
                    """).setParameter("slug", slug).setParameter("companies", List.of(companies)).executeUpdate();
        }
    }

    /**
     * {@code companies} companies {@code <prefix>-company-<n>}, each mentioned by {@code articlesEach} published
     * articles {@code <prefix>-<n>-<k>} that also mention the next company, so that mentions overlap.
     */
    @Transactional
    public void createBulk(String prefix, int companies, int articlesEach) {
        em.createNativeQuery("""
                INSERT INTO company (slug, name)
                SELECT :prefix || '-company-' || n, 'Bulk company ' || n FROM generate_series(1, :companies) AS n
                """).setParameter("prefix", prefix).setParameter("companies", companies).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO article (slug, title, published_on, publisher_id, visibility, status, body_json, body_text)
                SELECT :prefix || '-' || n || '-' || k, 'Bulk article ' || n || '/' || k, DATE '2025-01-01' + k,
                       (SELECT id FROM publisher WHERE slug = :publisher), 'PUBLIC', 'PUBLISHED',
                       CAST('{"type":"doc","content":[]}' AS jsonb), ''
                  FROM generate_series(1, :companies) AS n CROSS JOIN generate_series(1, :articles) AS k
                """).setParameter("prefix", prefix).setParameter("publisher", PUBLISHER)
                .setParameter("companies", companies).setParameter("articles", articlesEach).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO article_company (article_id, company_id)
                SELECT a.id, c.id
                  FROM generate_series(1, :companies) AS n CROSS JOIN generate_series(1, :articles) AS k
                  JOIN article a ON a.slug = :prefix || '-' || n || '-' || k
                  JOIN company c ON c.slug IN (:prefix || '-company-' || n, :prefix || '-company-' || (n % :companies + 1))
                """).setParameter("prefix", prefix).setParameter("companies", companies)
                .setParameter("articles", articlesEach).executeUpdate();
    }

    /**
     * Removes the articles and companies whose slugs start with {@code prefix}, with what hangs off them;
     * tags and categories, shared by every article, stay.
     */
    @Transactional
    public void deleteAll(String prefix) {
        String articles = "(SELECT id FROM article WHERE slug LIKE :pattern)";
        for (String table : List.of("article_tag", "article_category", "article_author")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE article_id IN " + articles)
                    .setParameter("pattern", prefix + "%").executeUpdate();
        }
        em.createNativeQuery("DELETE FROM article WHERE slug LIKE :pattern").setParameter("pattern", prefix + "%")
                .executeUpdate();
        for (String table : List.of("article_company", "article_company_choice", "company_fact")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE company_id IN (SELECT id FROM company WHERE slug LIKE :pattern)")
                    .setParameter("pattern", prefix + "%").executeUpdate();
        }
        em.createNativeQuery("DELETE FROM company_relation WHERE subject_id IN (SELECT id FROM company WHERE slug LIKE :pattern) "
                + "OR object_id IN (SELECT id FROM company WHERE slug LIKE :pattern)").setParameter("pattern", prefix + "%")
                .executeUpdate();
        em.createNativeQuery("DELETE FROM company WHERE slug LIKE :pattern").setParameter("pattern", prefix + "%")
                .executeUpdate();
    }
}
