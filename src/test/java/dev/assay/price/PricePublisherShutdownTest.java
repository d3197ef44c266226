package dev.assay.price;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;

/** Live subscriptions end cleanly when the service shuts down, so clients can resubscribe elsewhere. */
class PricePublisherShutdownTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    @Test
    void theShutdownDelayCompletesEveryLiveSubscription() {
        PricePublisher publisher = new PricePublisher();
        AssertSubscriber<PricePublication> first = subscribe(publisher);
        AssertSubscriber<PricePublication> second = subscribe(publisher);

        publisher.onShutdownDelay(new ShutdownDelayInitiatedEvent());

        first.awaitCompletion(Duration.ofSeconds(10)).assertHasNotReceivedAnyItem();
        second.awaitCompletion(Duration.ofSeconds(10)).assertHasNotReceivedAnyItem();
    }

    @Test
    void aShutdownWithoutDelayCompletesThemToo() {
        PricePublisher publisher = new PricePublisher();
        AssertSubscriber<PricePublication> subscriber = subscribe(publisher);

        publisher.stop(new ShutdownEvent());

        subscriber.awaitCompletion(Duration.ofSeconds(10));
    }

    private AssertSubscriber<PricePublication> subscribe(PricePublisher publisher) {
        LiveFeed[] feed = new LiveFeed[1];
        feed[0] = new LiveFeed(null, null, null, null, 0, 10, vertx.getOrCreateContext());
        return feed[0].stream(() -> publisher.add(feed[0]), () -> publisher.remove(feed[0]))
                .subscribe().withSubscriber(AssertSubscriber.create(10));
    }
}
