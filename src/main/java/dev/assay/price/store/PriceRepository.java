package dev.assay.price.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.assay.price.calc.Print;

/**
 * Batched reads of prints: each method answers for many commodities in one SQL statement, so a list
 * of N commodities costs one query, not N.
 */
@ApplicationScoped
public class PriceRepository {

    /** Stands for "no upper bound" on assessment dates. */
    public static final LocalDate UNBOUNDED = LocalDate.of(9999, 12, 31);
    /** Stands for "no upper bound" on recording instants. */
    public static final OffsetDateTime END_OF_TIME = OffsetDateTime.parse("9999-12-31T23:59:59Z");
    /** Stands for "no lower bound" on assessment dates. */
    public static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

    /*
     * For each commodity: the latest 12 prints on or before :asOf, and for each base a standard delta can
     * need, the one print it needs: the last print on or before the latest date minus a week, one, three and
     * six months and a year, the last print of the prior year and the first print of the latest's year.
     * At most 19 rows per commodity, whatever the length or the density of its history.
     */
    private static final String RECENT_TAIL = """
            WITH target AS (
                SELECT c.id AS commodity_id,
                       (SELECT max(p.assessed_on) FROM price_point p
                         WHERE p.commodity_id = c.id AND NOT p.retracted AND p.assessed_on <= :asOf) AS latest
                  FROM commodity c WHERE c.id IN (:ids))
            SELECT t.commodity_id, tail.assessed_on, tail.value
              FROM target t
              JOIN LATERAL (
                   (SELECT p.assessed_on, p.value FROM price_point p
                     WHERE p.commodity_id = t.commodity_id AND NOT p.retracted AND p.assessed_on <= t.latest
                     ORDER BY p.assessed_on DESC LIMIT 12)
                   UNION
                   (SELECT b.assessed_on, b.value
                      FROM unnest(ARRAY[t.latest - 7,
                                        (t.latest - interval '1 month')::date,
                                        (t.latest - interval '3 months')::date,
                                        (t.latest - interval '6 months')::date,
                                        (t.latest - interval '1 year')::date,
                                        make_date(extract(year FROM t.latest)::int - 1, 12, 31)]) AS d(day)
                      CROSS JOIN LATERAL (
                           SELECT p.assessed_on, p.value FROM price_point p
                            WHERE p.commodity_id = t.commodity_id AND NOT p.retracted AND p.assessed_on <= d.day
                            ORDER BY p.assessed_on DESC LIMIT 1) b)
                   UNION
                   (SELECT p.assessed_on, p.value FROM price_point p
                     WHERE p.commodity_id = t.commodity_id AND NOT p.retracted
                       AND p.assessed_on >= make_date(extract(year FROM t.latest)::int, 1, 1)
                       AND p.assessed_on <= t.latest
                     ORDER BY p.assessed_on ASC LIMIT 1)
              ) tail ON true
             ORDER BY t.commodity_id, tail.assessed_on
            """;

    /* Each print as it stood at :knownAt: its latest revision recorded by then, unless that was a retraction. */
    private static final String KNOWN_AT = """
            SELECT known.commodity_id, known.assessed_on, known.value FROM (
                SELECT DISTINCT ON (r.price_point_id) p.commodity_id, p.assessed_on, r.value, r.kind
                  FROM price_revision r JOIN price_point p ON p.id = r.price_point_id
                 WHERE p.commodity_id IN (:ids) AND r.recorded_at <= :knownAt AND p.assessed_on <= :asOf
                 ORDER BY r.price_point_id, r.revision DESC) known
             WHERE known.kind <> 'RETRACTION'
             ORDER BY known.commodity_id, known.assessed_on
            """;

    private static final String RANGE = """
            SELECT p.commodity_id, p.assessed_on, p.value FROM price_point p
             WHERE p.commodity_id IN (:ids) AND NOT p.retracted AND p.assessed_on BETWEEN :from AND :to
             ORDER BY p.commodity_id, p.assessed_on
            """;

    /* The last print on or before each of two dates, per commodity: the bases of a window. */
    private static final String ON_OR_BEFORE_EACH = """
            SELECT c.id, b.assessed_on, b.value
              FROM commodity c
              CROSS JOIN (VALUES (CAST(:first AS date)), (CAST(:second AS date))) AS d(day)
              JOIN LATERAL (
                   SELECT p.assessed_on, p.value FROM price_point p
                    WHERE p.commodity_id = c.id AND NOT p.retracted AND p.assessed_on <= d.day
                    ORDER BY p.assessed_on DESC LIMIT 1) b ON true
             WHERE c.id IN (:ids)
             ORDER BY c.id, b.assessed_on
            """;

    /* Per commodity, an index range scan that stops after :limit prints, however long the series. */
    private static final String PAGE = """
            SELECT c.id, x.assessed_on, x.value
              FROM commodity c
              CROSS JOIN LATERAL (
                   SELECT p.assessed_on, p.value FROM price_point p
                    WHERE p.commodity_id = c.id AND NOT p.retracted
                      AND p.assessed_on > :lowerExclusive AND p.assessed_on < :upperExclusive
                    ORDER BY p.assessed_on %1$s LIMIT :limit) x
             WHERE c.id IN (:ids)
             ORDER BY c.id, x.assessed_on
            """;

    private static final String COUNT = """
            SELECT p.commodity_id, count(*) FROM price_point p
             WHERE p.commodity_id IN (:ids) AND NOT p.retracted AND p.assessed_on BETWEEN :from AND :to
             GROUP BY p.commodity_id
            """;

    @Inject
    EntityManager em;

    /**
     * Up to {@code limit} prints strictly between two dates per commodity, ascending: the first ones, or
     * the last ones when {@code fromEnd}.
     */
    public Map<Long, List<Print>> page(Collection<Long> commodityIds, LocalDate lowerExclusive,
            LocalDate upperExclusive, int limit, boolean fromEnd) {
        if (commodityIds.isEmpty()) {
            return Map.of();
        }
        return grouped(commodityIds, em.createNativeQuery(PAGE.formatted(fromEnd ? "DESC" : "ASC"))
                .setParameter("ids", commodityIds)
                .setParameter("lowerExclusive", Date.valueOf(lowerExclusive))
                .setParameter("upperExclusive", Date.valueOf(upperExclusive))
                .setParameter("limit", limit)
                .getResultList());
    }

    /** How many prints each commodity has between two dates inclusive. */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> count(Collection<Long> commodityIds, LocalDate from, LocalDate to) {
        Map<Long, Integer> counts = new HashMap<>();
        commodityIds.forEach(id -> counts.put(id, 0));
        if (commodityIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createNativeQuery(COUNT)
                .setParameter("ids", commodityIds)
                .setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to))
                .getResultList();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return counts;
    }

    /** The recent tail of each series up to {@code asOf}, ascending; commodities with no print map to an empty list. */
    public Map<Long, List<Print>> recentTails(Collection<Long> commodityIds, LocalDate asOf) {
        if (commodityIds.isEmpty()) {
            return Map.of();
        }
        return grouped(commodityIds, em.createNativeQuery(RECENT_TAIL)
                .setParameter("ids", commodityIds)
                .setParameter("asOf", Date.valueOf(asOf == null ? UNBOUNDED : asOf))
                .getResultList());
    }

    /**
     * The series as known at an instant ("what was known then"), up to {@code asOf}, ascending: the values
     * before later corrections, without prints recorded afterwards. An audit path: it reads whole series.
     */
    public Map<Long, List<Print>> knownAt(Collection<Long> commodityIds, LocalDate asOf, OffsetDateTime knownAt) {
        if (commodityIds.isEmpty()) {
            return Map.of();
        }
        return grouped(commodityIds, em.createNativeQuery(KNOWN_AT)
                .setParameter("ids", commodityIds)
                .setParameter("asOf", Date.valueOf(asOf == null ? UNBOUNDED : asOf))
                .setParameter("knownAt", knownAt)
                .getResultList());
    }

    /** The recent tails as they stand now, or the series as known at {@code knownAt} when one is given. */
    public Map<Long, List<Print>> tails(Collection<Long> commodityIds, LocalDate asOf, OffsetDateTime knownAt) {
        return knownAt == null ? recentTails(commodityIds, asOf) : knownAt(commodityIds, asOf, knownAt);
    }

    /** Every print between two dates inclusive, ascending, per commodity. */
    public Map<Long, List<Print>> range(Collection<Long> commodityIds, LocalDate from, LocalDate to) {
        if (commodityIds.isEmpty()) {
            return Map.of();
        }
        return grouped(commodityIds, em.createNativeQuery(RANGE)
                .setParameter("ids", commodityIds)
                .setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to))
                .getResultList());
    }

    /** The last print on or before each of two dates, per commodity (fewer when a date has none). */
    public Map<Long, List<Print>> onOrBefore(Collection<Long> commodityIds, LocalDate first, LocalDate second) {
        if (commodityIds.isEmpty()) {
            return Map.of();
        }
        return grouped(commodityIds, em.createNativeQuery(ON_OR_BEFORE_EACH)
                .setParameter("ids", commodityIds)
                .setParameter("first", Date.valueOf(first))
                .setParameter("second", Date.valueOf(second))
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, List<Print>> grouped(Collection<Long> ids, List<?> rows) {
        Map<Long, List<Print>> byCommodity = new HashMap<>();
        ids.forEach(id -> byCommodity.put(id, new ArrayList<>()));
        for (Object[] row : (List<Object[]>) rows) {
            Long id = ((Number) row[0]).longValue();
            LocalDate date = row[1] instanceof LocalDate d ? d : ((Date) row[1]).toLocalDate();
            List<Print> prints = byCommodity.get(id);
            Print print = new Print(date, (BigDecimal) row[2]);
            if (prints.isEmpty() || !prints.get(prints.size() - 1).equals(print)) {
                prints.add(print);
            }
        }
        return byCommodity;
    }
}
