package dev.assay.price;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/** Live subscriptions end cleanly when the service shuts down, so clients can resubscribe elsewhere. */
class PricePublisherShutdownTest {

    @Test
    void theShutdownDelayCompletesEveryLiveSubscription() {
        PricePublisher publisher = new PricePublisher();
        AssertSubscriber<PricePublication> first = publisher.stream().subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<PricePublication> second = publisher.stream().subscribe().withSubscriber(AssertSubscriber.create(10));

        publisher.onShutdownDelay(new ShutdownDelayInitiatedEvent());

        first.assertCompleted().assertHasNotReceivedAnyItem();
        second.assertCompleted().assertHasNotReceivedAnyItem();
    }

    @Test
    void aShutdownWithoutDelayCompletesThemToo() {
        PricePublisher publisher = new PricePublisher();
        AssertSubscriber<PricePublication> subscriber = publisher.stream().subscribe().withSubscriber(AssertSubscriber.create(10));

        publisher.onShutdown(new ShutdownEvent());

        subscriber.assertCompleted();
    }
}
