package dev.assay.company;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the company directory: companies by kind and country, and by a search of their names and aliases that
 * forgives case, accents and punctuation, ranked the name itself first, then an alias, then names starting with the
 * words, then names with a word starting with them.
 */
@ApplicationScoped
public class CompanySearchRepository {

    /*
     * name_keys holds every name folded between bars: '| catl | contemporary amperex technology |'. The rank of a
     * company for folded words :q, 4 when none of its names holds them.
     */
    private static final String RANK = """
            CASE WHEN c.name_keys LIKE '| ' || q.q || ' |%' THEN 0
                 WHEN c.name_keys LIKE '%| ' || q.q || ' |%' THEN 1
                 WHEN c.name_keys LIKE '%| ' || q.q || '%' THEN 2
                 WHEN c.name_keys LIKE '% ' || q.q || '%' THEN 3
                 ELSE 4 END""";

    /* The name or alias that matched: an exact one before one that starts with the words. */
    private static final String MATCHED = """
            (SELECT n.name FROM unnest(array_prepend(c.name, c.aliases)) WITH ORDINALITY AS n(name, i)
              WHERE ' ' || assay_fold(n.name) LIKE '% ' || q.q || '%'
              ORDER BY assay_fold(n.name) = q.q DESC, assay_fold(n.name) LIKE q.q || '%' DESC, n.i LIMIT 1)""";

    /** Where a page continues: after the company of this rank, sort key (folded name, then name) and id. */
    record Position(int rank, String sort, long id) {
    }

    /** A company of a page: its rank, its sort key and the name or alias that matched (null when listing). */
    record Row(long id, int rank, String sort, String matched) {
    }

    /** The companies matching: how many in all, and up to {@code limit} rows of a page, in order. */
    record Matches(int total, List<Row> rows) {
    }

    @Inject
    EntityManager em;

    /**
     * The companies whose names hold {@code search} (null: all of them), of this kind and country when given
     * (the country an ISO code), ranked and sorted by name, after {@code after} when given.
     */
    Matches matching(String search, CompanyKind kind, String country, Position after, int limit) {
        boolean searching = search != null;
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(searching ? "c.name_keys LIKE '% ' || q.q || '%'" : "TRUE");
        parameters.put("search", searching ? search : "");
        if (kind != null) {
            where.append(" AND c.kind = :kind");
            parameters.put("kind", kind.name());
        }
        if (country != null) {
            where.append(" AND c.country = :country");
            parameters.put("country", country);
        }
        String from = " FROM company c, (SELECT assay_fold(CAST(:search AS text)) AS q) q WHERE " + where;
        int total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + from), parameters).getSingleResult()).intValue();
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        String keyset = "";
        if (after != null) {
            pageParameters.put("afterRank", after.rank());
            pageParameters.put("afterId", after.id());
            pageParameters.put("afterSort", after.sort());
            keyset = " WHERE (rank, sort, id) > (:afterRank, :afterSort, :afterId)";
        }
        String rank = searching ? RANK : "0";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT id, rank, sort, matched FROM (SELECT c.id, " + rank
                + " AS rank, assay_fold(c.name) || ' ' || c.name AS sort, " + (searching ? MATCHED : "NULL") + " AS matched"
                + from + ") x" + keyset + " ORDER BY rank, sort, id LIMIT " + limit), pageParameters).getResultList();
        return new Matches(total, rows.stream().map(r -> new Row(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3])).toList());
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
