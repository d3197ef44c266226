package dev.assay.price.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.access.SeriesGate;
import dev.assay.commodity.Commodity;
import dev.assay.price.store.PriceRevision;

/** The revision history of a commodity's prints, batched and behind the same entitlements as its values. */
@GraphQLApi
public class RevisionGraphQLApi {

    @Inject
    SeriesGate gate;

    @Description("Every value the commodity's prints have had, oldest print first, revisions in order; "
            + "only the print of `date` when given.")
    public List<List<@NonNull PriceRevision>> revisions(@Source List<Commodity> commodities,
            @Name("date") @Description("Assessment date of one print.") LocalDate date) {
        List<Long> ids = gate.visibleIds(commodities);
        Map<Long, List<PriceRevision>> byCommodity = new HashMap<>();
        ids.forEach(id -> byCommodity.put(id, new ArrayList<>()));
        if (!ids.isEmpty()) {
            PriceRevision.ofCommodities(ids, date).forEach(r -> byCommodity.get(r.pricePoint.commodity.id).add(r));
        }
        return gate.answer(commodities, c -> byCommodity.get(c.id));
    }
}
