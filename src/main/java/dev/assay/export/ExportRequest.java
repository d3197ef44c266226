package dev.assay.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.vertx.core.MultiMap;

/** The validated query of an export: which commodities (none: every visible one) and an inclusive date range. */
record ExportRequest(List<String> slugs, LocalDate from, LocalDate to) {

    static final String COMMODITY = "commodity";
    static final String FROM = "from";
    static final String TO = "to";

    private static final Set<String> PARAMETERS = Set.of(COMMODITY, FROM, TO);

    static ExportRequest parse(MultiMap query) throws ExportProblem {
        for (String name : query.names()) {
            // A misspelt parameter would otherwise silently widen the export to everything.
            if (!PARAMETERS.contains(name)) {
                throw ExportProblem.badInput(name, "unknown parameter; use commodity, from and to");
            }
        }
        Set<String> slugs = new LinkedHashSet<>();
        for (String slug : query.getAll(COMMODITY)) {
            if (slug.isBlank()) {
                throw ExportProblem.badInput(COMMODITY, "must be a commodity slug, not empty");
            }
            slugs.add(slug.trim());
        }
        LocalDate from = date(query, FROM);
        LocalDate to = date(query, TO);
        if (from != null && to != null && from.isAfter(to)) {
            throw ExportProblem.badInput(FROM, "'" + from + "' is after to '" + to + "'");
        }
        return new ExportRequest(List.copyOf(slugs), from, to);
    }

    boolean allVisible() {
        return slugs.isEmpty();
    }

    private static LocalDate date(MultiMap query, String name) throws ExportProblem {
        List<String> values = query.getAll(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ExportProblem.badInput(name, "given more than once");
        }
        try {
            return LocalDate.parse(values.get(0).trim());
        } catch (DateTimeParseException e) {
            throw ExportProblem.badInput(name, "'" + values.get(0) + "' is not an ISO date (YYYY-MM-DD)");
        }
    }
}
