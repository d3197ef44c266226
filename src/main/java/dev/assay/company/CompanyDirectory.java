package dev.assay.company;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageInfo;

/**
 * Companies by name, kind and country, and by a search of their names and aliases that forgives case, accents and
 * punctuation ("societe generale" finds "Société Générale", "lg chem" finds "LG-Chem"): the name itself first, then
 * an alias, then names starting with the words, then names with a word starting with them.
 */
@ApplicationScoped
public class CompanyDirectory {

    static final String CURSOR_KIND = "company";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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

    @Inject
    EntityManager em;

    /** A page of companies; {@code search} null or blank lists every company by name, case and accents aside. */
    public CompanyConnection page(String search, CompanyKind kind, String country, int size, String after)
            throws BadUserInputException {
        boolean searching = search != null && !search.isBlank();
        if (searching && search.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadUserInputException("search", "give a name: a letter or a digit at least");
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(searching ? "c.name_keys LIKE '% ' || q.q || '%'" : "TRUE");
        parameters.put("search", searching ? search : "");
        if (kind != null) {
            where.append(" AND c.kind = :kind");
            parameters.put("kind", kind.name());
        }
        if (country != null) {
            String code = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                throw new BadUserInputException("country", "'" + country + "' is not an ISO 3166 alpha-2 country code");
            }
            where.append(" AND c.country = :country");
            parameters.put("country", code);
        }
        String from = " FROM company c, (SELECT assay_fold(CAST(:search AS text)) AS q) q WHERE " + where;
        int total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + from), parameters).getSingleResult()).intValue();
        Map<String, Object> pageParameters = new HashMap<>(parameters);
        String keyset = afterPosition(after, pageParameters);
        String rank = searching ? RANK : "0";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT id, rank, sort, matched FROM (SELECT c.id, " + rank
                + " AS rank, assay_fold(c.name) || ' ' || c.name AS sort, " + (searching ? MATCHED : "NULL") + " AS matched"
                + from + ") x" + keyset + " ORDER BY rank, sort, id LIMIT " + (size + 1)), pageParameters).getResultList();
        List<Object[]> page = rows.size() > size ? rows.subList(0, size) : rows;
        Map<Long, Company> companies = new HashMap<>();
        if (!page.isEmpty()) {
            Company.<Company>list("id in ?1", page.stream().map(r -> ((Number) r[0]).longValue()).toList())
                    .forEach(c -> companies.put(c.id, c));
        }
        List<CompanyEdge> edges = page.stream().filter(r -> companies.containsKey(((Number) r[0]).longValue()))
                .map(r -> new CompanyEdge(cursor(((Number) r[1]).intValue(), ((Number) r[0]).longValue(), (String) r[2]),
                        companies.get(((Number) r[0]).longValue()), (String) r[3])).toList();
        return new CompanyConnection(edges, new PageInfo(rows.size() > size, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor),
                total);
    }

    /** A position: the rank, the id and the sort key (the folded name, then the name as written). */
    private static String cursor(int rank, long id, String sort) {
        return Cursor.encode(CURSOR_KIND, rank + "|" + id + "|" + sort);
    }

    private static String afterPosition(String after, Map<String, Object> parameters) throws BadUserInputException {
        if (after == null) {
            return "";
        }
        String[] position = Cursor.decodeEndingInText(CURSOR_KIND, after, "after", 2).split("\\|", 3);
        try {
            parameters.put("afterRank", Integer.parseInt(position[0]));
            parameters.put("afterId", Long.parseLong(position[1]));
            parameters.put("afterSort", position[2]);
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "not a cursor returned by this API for this list");
        }
        return " WHERE (rank, sort, id) > (:afterRank, :afterSort, :afterId)";
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
