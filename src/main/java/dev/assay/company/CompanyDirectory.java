package dev.assay.company;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.company.CompanySearchRepository.Matches;
import dev.assay.company.CompanySearchRepository.Position;
import dev.assay.company.CompanySearchRepository.Row;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageInfo;

/**
 * Companies by name, kind and country, and by a search of their names and aliases that forgives case, accents and
 * punctuation ("societe generale" finds "Société Générale", "lg chem" finds "LG-Chem"), in pages; the SQL is
 * {@link CompanySearchRepository}'s.
 */
@ApplicationScoped
public class CompanyDirectory {

    static final String CURSOR_KIND = "company";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    CompanySearchRepository repository;

    /** A page of companies; {@code search} null or blank lists every company by name, case and accents aside. */
    public CompanyConnection page(String search, CompanyKind kind, String country, int size, String after)
            throws BadUserInputException {
        boolean searching = search != null && !search.isBlank();
        if (searching && search.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadUserInputException("search", "give a name: a letter or a digit at least");
        }
        String code = null;
        if (country != null) {
            code = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                throw new BadUserInputException("country", "'" + country + "' is not an ISO 3166 alpha-2 country code");
            }
        }
        Matches matches = repository.matching(searching ? search : null, kind, code, afterPosition(after), size + 1);
        List<Row> rows = matches.rows();
        List<Row> page = rows.size() > size ? rows.subList(0, size) : rows;
        Map<Long, Company> companies = new HashMap<>();
        Company.withIds(page.stream().map(Row::id).toList()).forEach(c -> companies.put(c.id, c));
        List<CompanyEdge> edges = page.stream().filter(r -> companies.containsKey(r.id()))
                .map(r -> new CompanyEdge(cursor(r.rank(), r.id(), r.sort()), companies.get(r.id()), r.matched())).toList();
        return new CompanyConnection(edges, new PageInfo(rows.size() > size, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor),
                matches.total());
    }

    /** A position: the rank, the id and the sort key (the folded name, then the name as written). */
    private static String cursor(int rank, long id, String sort) {
        return Cursor.encode(CURSOR_KIND, rank + "|" + id + "|" + sort);
    }

    private static Position afterPosition(String after) throws BadUserInputException {
        if (after == null) {
            return null;
        }
        String[] position = Cursor.decodeEndingInText(CURSOR_KIND, after, "after", 2).split("\\|", 3);
        try {
            return new Position(Integer.parseInt(position[0]), position[2], Long.parseLong(position[1]));
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "not a cursor returned by this API for this list");
        }
    }
}
