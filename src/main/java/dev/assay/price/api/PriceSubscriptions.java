package dev.assay.price.api;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.assay.access.SeriesAccess;
import dev.assay.access.SeriesGate;
import dev.assay.commodity.Commodity;
import dev.assay.graphql.BadUserInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Nullable;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Live updates over WebSocket (graphql-transport-ws): each committed print, once and in commit order, to the
 * subscribers entitled to it.
 */
@GraphQLApi
public class PriceSubscriptions {

    @Inject
    PriceBroadcaster broadcaster;

    @Inject
    SeriesGate gate;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Vertx vertx;

    @Subscription("pricePublished")
    @Description("Each print recorded, corrected or retracted from now on, once and in commit order, with recomputed "
            + "deltas, for the given commodities (all when omitted). Protected series reach only subscribers holding "
            + "their tier. The stream ends with an error when the subscriber's token expires (UNAUTHENTICATED) or when "
            + "it falls a whole buffer of updates behind (SUBSCRIBER_TOO_SLOW).")
    public Multi<PricePublication> pricePublished(
            @Name("commodities") @Description("Commodity slugs to follow; all when omitted. An unknown slug is an error.")
            @Nullable List<@NonNull String> commodities) {
        // Decided once, with the token of the connection that subscribed, and kept for the stream's life.
        SeriesAccess access = gate.caller();
        SecurityIdentity identity = identities.getIdentity();
        Context current = Vertx.currentContext();
        Context context = current != null ? current : vertx.getOrCreateContext();
        // The slugs are resolved and the starting point read off the event loop, before the stream starts.
        return Uni.createFrom().<LiveFeed>emitter(result -> {
            try {
                result.complete(feed(commodities, access, identity, context));
            } catch (BadUserInputException | RuntimeException e) {
                result.fail(e);
            }
        })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(v -> command.run()))
                .onItem().transformToMulti(feed -> feed.stream(() -> broadcaster.add(feed), () -> broadcaster.remove(feed)));
    }

    private LiveFeed feed(List<String> slugs, SeriesAccess access, SecurityIdentity identity, Context context)
            throws BadUserInputException {
        Set<Long> ids = slugs == null ? null : commodityIds(slugs);
        long head = broadcaster.head();
        return new LiveFeed(ids, access, identity, expiry(identity), head, broadcaster.buffer(), context);
    }

    private static Set<Long> commodityIds(List<String> slugs) throws BadUserInputException {
        if (slugs.isEmpty()) {
            throw new BadUserInputException("commodities", "give at least one slug, or omit the argument to follow all");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String slug : slugs) {
            BadUserInputException.requireSlug("commodities", slug);
            wanted.add(slug);
        }
        Set<Long> ids = new HashSet<>();
        Set<String> unknown = new LinkedHashSet<>(wanted);
        List<Commodity> found = QuarkusTransaction.requiringNew().call(() -> Commodity.listBySlugs(List.copyOf(wanted)));
        for (Commodity commodity : found) {
            ids.add(commodity.id);
            unknown.remove(commodity.slug);
        }
        if (!unknown.isEmpty()) {
            throw new BadUserInputException("commodities", "no commodity has the slug '" + String.join("', '", unknown) + "'");
        }
        return ids;
    }

    private static Instant expiry(SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            return Instant.ofEpochSecond(token.getExpirationTime());
        }
        return null;
    }
}
