package dev.assay.price.api;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;

/** Live subscriptions end cleanly when the service shuts down, so clients can resubscribe elsewhere. */
class PriceBroadcasterShutdownTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    @Test
    void theShutdownDelayCompletesEveryLiveSubscription() {
        PriceBroadcaster broadcaster = new PriceBroadcaster();
        AssertSubscriber<PricePublication> first = subscribe(broadcaster);
        AssertSubscriber<PricePublication> second = subscribe(broadcaster);

        broadcaster.onShutdownDelay(new ShutdownDelayInitiatedEvent());

        first.awaitCompletion(Duration.ofSeconds(10)).assertHasNotReceivedAnyItem();
        second.awaitCompletion(Duration.ofSeconds(10)).assertHasNotReceivedAnyItem();
    }

    @Test
    void aShutdownWithoutDelayCompletesThemToo() {
        PriceBroadcaster broadcaster = new PriceBroadcaster();
        AssertSubscriber<PricePublication> subscriber = subscribe(broadcaster);

        broadcaster.stop(new ShutdownEvent());

        subscriber.awaitCompletion(Duration.ofSeconds(10));
    }

    private AssertSubscriber<PricePublication> subscribe(PriceBroadcaster broadcaster) {
        LiveFeed[] feed = new LiveFeed[1];
        feed[0] = new LiveFeed(null, null, null, null, 0, 10, vertx.getOrCreateContext());
        return feed[0].stream(() -> broadcaster.add(feed[0]), () -> broadcaster.remove(feed[0]))
                .subscribe().withSubscriber(AssertSubscriber.create(10));
    }
}
