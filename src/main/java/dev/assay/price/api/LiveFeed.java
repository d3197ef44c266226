package dev.assay.price.api;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Context;

import org.eclipse.microprofile.graphql.GraphQLException;

import dev.assay.access.SeriesAccess;
import dev.assay.graphql.UnauthenticatedException;

/**
 * One subscriber's live updates: the publications it is entitled to, queued in commit order in a bounded buffer
 * and emitted only as fast as it takes them. A subscriber that falls a whole buffer behind is ended with a
 * {@link SubscriberTooSlowException}, never silently skipped; one whose token expires is ended as unauthenticated.
 * <p>
 * Each publication is resolved (its fields may read the database) in a request context of its own, as the
 * subscriber's identity, on the subscription's Vert.x context: the connection's own request context is shared
 * by everything sent over it and outlives any one update. The engine asks for the next publication only once it
 * has sent the previous one, so that is when the previous one's context is destroyed.
 */
final class LiveFeed {

    private final Set<Long> commodityIds;
    private final SeriesAccess access;
    private final SecurityIdentity identity;
    private final Instant expiresAt;
    private final long startAfter;
    private final int capacity;
    private final Context context;
    private final ArrayDeque<PricePublication> queue = new ArrayDeque<>();
    private final AtomicInteger drains = new AtomicInteger();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile MultiEmitter<? super PricePublication> emitter;
    private InjectableContext.ContextState inFlight;

    /**
     * @param commodityIds the commodities followed, null for all
     * @param startAfter   the latest revision committed before the subscription: only later ones are sent
     * @param expiresAt    when the subscriber's token expires, null when it does not
     */
    LiveFeed(Set<Long> commodityIds, SeriesAccess access, SecurityIdentity identity, Instant expiresAt,
            long startAfter, int capacity, Context context) {
        this.commodityIds = commodityIds;
        this.access = access;
        this.identity = identity;
        this.expiresAt = expiresAt;
        this.startAfter = startAfter;
        this.capacity = capacity;
        this.context = context;
    }

    /** The stream for the engine; {@code register} and {@code unregister} run when it is subscribed and ended. */
    Multi<PricePublication> stream(Runnable register, Runnable unregister) {
        return Multi.createFrom().emitter(emitter -> {
            this.emitter = emitter;
            emitter.onRequest(n -> drainOnContext());
            emitter.onTermination(() -> {
                ended.set(true);
                unregister.run();
                context.runOnContext(v -> releaseInFlight());
            });
            register.run();
        });
    }

    long startAfter() {
        return startAfter;
    }

    /** Whether this subscriber follows the commodity; its entitlement is checked when a publication is offered. */
    boolean follows(long commodityId) {
        return commodityIds == null || commodityIds.contains(commodityId);
    }

    /** The commodities followed, null for all. */
    Set<Long> commodityIds() {
        return commodityIds;
    }

    boolean ended() {
        return ended.get();
    }

    /**
     * Queues a publication of revision {@code revisionId} if this subscriber follows its commodity and may see it;
     * called by the one dispatcher, in commit order.
     */
    void offer(long revisionId, PricePublication publication, Instant now) {
        if (ended.get() || revisionId <= startAfter || !follows(publication.commodity.id)) {
            return;
        }
        if (expiresAt != null && now.isAfter(expiresAt)) {
            end(new UnauthenticatedException("The token of this subscription expired at " + expiresAt
                    + "; subscribe again with a fresh token"));
            return;
        }
        if (!access.canSee(publication.commodity)) {
            return;
        }
        synchronized (queue) {
            if (queue.size() >= capacity) {
                queue.clear();
                end(new SubscriberTooSlowException(capacity));
                return;
            }
            queue.add(publication);
        }
        drainOnContext();
    }

    /** Ends the stream with an error the subscriber receives as its last message. */
    void end(GraphQLException reason) {
        if (ended.compareAndSet(false, true)) {
            MultiEmitter<? super PricePublication> target = emitter;
            context.runOnContext(v -> {
                releaseInFlight();
                if (target != null) {
                    target.fail(reason);
                }
            });
        }
    }

    /** Ends the stream without an error (the service is stopping). */
    void complete() {
        if (ended.compareAndSet(false, true)) {
            MultiEmitter<? super PricePublication> target = emitter;
            context.runOnContext(v -> {
                releaseInFlight();
                if (target != null) {
                    target.complete();
                }
            });
        }
    }

    private void drainOnContext() {
        if (drains.getAndIncrement() == 0) {
            context.runOnContext(v -> drain());
        }
    }

    // Runs on the subscription's Vert.x context only, so never twice at once.
    private void drain() {
        do {
            MultiEmitter<? super PricePublication> target = emitter;
            if (target == null || ended.get() || target.isCancelled() || target.requested() <= 0) {
                continue;
            }
            PricePublication next;
            synchronized (queue) {
                next = queue.poll();
            }
            if (next == null) {
                continue;
            }
            releaseInFlight();
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
                inFlight = requestContext.getState();
                target.emit(next);
            } finally {
                requestContext.deactivate();
            }
        } while (drains.decrementAndGet() > 0);
    }

    private void releaseInFlight() {
        if (inFlight != null) {
            Arc.container().requestContext().destroy(inFlight);
            inFlight = null;
        }
    }
}
