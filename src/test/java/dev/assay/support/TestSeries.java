package dev.assay.support;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Test data factory: commodities and prints written straight to the database, and removed again. */
@ApplicationScoped
public class TestSeries {

    @Inject
    EntityManager em;

    /** Creates {@code count} weekly commodities in {@code sector}, each with {@code prints} prints. */
    @Transactional
    public void createBulk(String sector, int count, int prints) {
        em.createNativeQuery("""
                INSERT INTO commodity (slug, name, sector, unit, update_frequency, update_frequency_text, display_order,
                                       in_ticker)
                SELECT :sector || '-' || n, 'Bulk ' || n, :sector, 'index points', 'WEEKLY', 'Updated every week', 1000 + n,
                       TRUE
                  FROM generate_series(1, :count) AS n
                """).setParameter("sector", sector).setParameter("count", count).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO price_point (commodity_id, assessed_on, value, recorded_at, recorded_by, source)
                SELECT c.id, DATE '2026-05-27' - 7 * w, round((100 + w + c.id % 50)::numeric, 2), now(), 'test', 'test'
                  FROM commodity c CROSS JOIN generate_series(0, :prints - 1) AS w
                 WHERE c.sector = :sector
                """).setParameter("sector", sector).setParameter("prints", prints).executeUpdate();
    }

    /** Creates one commodity with the given prints (date, value pairs). */
    @Transactional
    public void create(String slug, String sector, String frequency, String tier, Object... datesAndValues) {
        em.createNativeQuery("""
                INSERT INTO commodity (slug, name, sector, unit, update_frequency, update_frequency_text, display_order,
                                       subscription_tier, in_ticker)
                VALUES (:slug, :slug, :sector, 'index points', :frequency, 'test', 2000, :tier, TRUE)
                """).setParameter("slug", slug).setParameter("sector", sector).setParameter("frequency", frequency)
                .setParameter("tier", tier).executeUpdate();
        for (int i = 0; i < datesAndValues.length; i += 2) {
            em.createNativeQuery("""
                    INSERT INTO price_point (commodity_id, assessed_on, value, recorded_at, recorded_by, source)
                    SELECT id, :date, CAST(:value AS numeric), now(), 'test', 'test' FROM commodity WHERE slug = :slug
                    """).setParameter("slug", slug).setParameter("date", LocalDate.parse((String) datesAndValues[i]))
                    .setParameter("value", datesAndValues[i + 1].toString()).executeUpdate();
        }
    }

    /** Takes a commodity out of the ticker's selection; it stays in the catalogue. */
    @Transactional
    public void leaveTicker(String slug) {
        em.createNativeQuery("UPDATE commodity SET in_ticker = FALSE WHERE slug = :slug").setParameter("slug", slug)
                .executeUpdate();
    }

    /**
     * Removes a test sector with everything hanging off it. Revisions are append-only in the product; test
     * data is the one exception, so this session skips the triggers that guard them.
     */
    @Transactional
    public void deleteSector(String sector) {
        em.createNativeQuery("SET LOCAL session_replication_role = replica").executeUpdate();
        em.createNativeQuery("""
                DELETE FROM price_revision WHERE price_point_id IN
                  (SELECT p.id FROM price_point p JOIN commodity c ON c.id = p.commodity_id WHERE c.sector = :sector)
                """).setParameter("sector", sector).executeUpdate();
        em.createNativeQuery("""
                DELETE FROM price_point WHERE commodity_id IN (SELECT id FROM commodity WHERE sector = :sector)
                """).setParameter("sector", sector).executeUpdate();
        for (String table : List.of("article_commodity", "commodity_topic")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE commodity_id IN (SELECT id FROM commodity WHERE sector = :sector)")
                    .setParameter("sector", sector).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM commodity WHERE sector = :sector").setParameter("sector", sector).executeUpdate();
    }
}
