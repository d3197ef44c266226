package dev.assay.commodity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Queries over the catalogue of commodities. */
@GraphQLApi
public class CommodityGraphQLApi {

    @Query("commodities")
    @Description("Commodities in display order, optionally of one sector.")
    public @NonNull List<@NonNull Commodity> commodities(
            @Name("sector") @Description("Sector slug, e.g. `lithium`.") String sector) {
        return sector == null ? Commodity.listInDisplayOrder() : Commodity.listBySector(sector);
    }

    @Query("sectors")
    @Description("The sectors of the catalogue, in display order of their first commodity.")
    public @NonNull List<@NonNull Sector> sectors() {
        return Commodity.sectors();
    }

    @Query("commodity")
    @Description("One commodity by slug; null when no commodity has that slug.")
    public Commodity commodity(@Name("slug") @NonNull String slug) {
        return Commodity.findBySlug(slug).orElse(null);
    }
}
