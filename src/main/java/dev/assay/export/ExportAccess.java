package dev.assay.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.assay.access.Entitlements;
import dev.assay.access.SeriesAccess;
import dev.assay.commodity.Commodity;
import dev.assay.graphql.ForbiddenException;

/** Who may export, and which series: partners and staff, each series as {@link SeriesAccess} lets it through. */
final class ExportAccess {

    private ExportAccess() {
    }

    /** Bulk pulls are a partner product: anonymous callers and plain subscribers use the GraphQL API. */
    static void requireBulkReader(Entitlements caller) throws ExportProblem {
        if (caller.isAnonymous()) {
            throw ExportProblem.unauthenticated("The bulk export needs a signed-in partner; send a bearer token");
        }
        if (!caller.isBulkReader()) {
            throw ExportProblem.forbidden("The bulk export needs the role 'partner', 'editor' or 'admin'");
        }
    }

    /**
     * The series to export, in display order: every one the caller may see when none is requested;
     * otherwise exactly those requested, refusing an unknown slug or one whose tier the caller lacks.
     */
    static List<Commodity> select(List<Commodity> catalogue, ExportRequest request, SeriesAccess access)
            throws ExportProblem {
        if (request.allVisible()) {
            return access.visible(catalogue);
        }
        Set<String> known = new HashSet<>();
        catalogue.forEach(commodity -> known.add(commodity.slug));
        for (String slug : request.slugs()) {
            if (!known.contains(slug)) {
                throw ExportProblem.badInput(ExportRequest.COMMODITY, "unknown commodity '" + slug + "'");
            }
        }
        Set<String> wanted = new HashSet<>(request.slugs());
        List<Commodity> selected = catalogue.stream().filter(commodity -> wanted.contains(commodity.slug)).toList();
        try {
            access.requireAll(selected);
        } catch (ForbiddenException e) {
            throw ExportProblem.forbidden(e.getMessage());
        }
        return selected;
    }
}
