package dev.assay.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.assay.access.Entitlements;
import dev.assay.access.Role;
import dev.assay.access.Withheld;

/** Who may export, and which series: partners and staff, each series only with its subscription tier. */
final class ExportAccess {

    private ExportAccess() {
    }

    /** Bulk pulls are a partner product: anonymous callers and plain subscribers use the GraphQL API. */
    static void requireBulkReader(Entitlements caller) throws ExportProblem {
        if (caller.isAnonymous()) {
            throw ExportProblem.unauthenticated("The bulk export needs a signed-in partner; send a bearer token");
        }
        if (!caller.roles().contains(Role.PARTNER) && !caller.isStaff()) {
            throw ExportProblem.forbidden("The bulk export needs the role 'partner', 'editor' or 'admin'");
        }
    }

    /**
     * The series to export, in display order: every one the caller may see when none is requested;
     * otherwise exactly those requested, refusing an unknown slug or one whose tier the caller lacks.
     */
    static List<ExportedSeries> select(List<ExportedSeries> catalogue, ExportRequest request, Entitlements caller)
            throws ExportProblem {
        if (request.allVisible()) {
            return catalogue.stream().filter(series -> caller.canSeeValues(series.tier())).toList();
        }
        Set<String> known = new HashSet<>();
        catalogue.forEach(series -> known.add(series.slug()));
        for (String slug : request.slugs()) {
            if (!known.contains(slug)) {
                throw ExportProblem.badInput(ExportRequest.COMMODITY, "unknown commodity '" + slug + "'");
            }
        }
        Set<String> wanted = new HashSet<>(request.slugs());
        List<ExportedSeries> selected = catalogue.stream().filter(series -> wanted.contains(series.slug())).toList();
        for (ExportedSeries series : selected) {
            if (!caller.canSeeValues(series.tier())) {
                throw ExportProblem.forbidden(Withheld.valuesOf(series.slug(), series.tier()).getMessage());
            }
        }
        return selected;
    }
}
