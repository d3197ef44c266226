package dev.assay.price;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.access.SeriesAccess;
import dev.assay.access.SeriesGate;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live updates over WebSocket (graphql-transport-ws): each committed print, to subscribers entitled to it. */
@GraphQLApi
public class PriceSubscriptions {

    @Inject
    PricePublisher publisher;

    @Inject
    SeriesGate gate;

    @Subscription("pricePublished")
    @Description("Each print recorded, corrected or retracted from now on, with recomputed deltas, for the given "
            + "commodities (all when omitted). Protected series reach only subscribers holding their tier.")
    public Multi<PricePublication> pricePublished(
            @Name("commodities") @Description("Commodity slugs to follow.") List<@NonNull String> commodities) {
        // Decided once, with the token of the connection that subscribed, and kept for the stream's life; asked
        // per print rather than for ids up front, which needs no query here and covers series created later.
        SeriesAccess access = gate.caller();
        Set<String> slugs = commodities == null ? null : Set.copyOf(commodities);
        return publisher.stream()
                .filter(p -> (slugs == null || slugs.contains(p.commodity.slug)) && access.canSee(p.commodity));
    }
}
