package dev.assay.publisher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Finds or creates the publisher a document names. */
@ApplicationScoped
public class Publishers {

    @Transactional(Transactional.TxType.MANDATORY)
    public Publisher upsert(PublisherRef ref) {
        Publisher publisher = Publisher.findBySlug(ref.slug()).orElseGet(Publisher::new);
        publisher.slug = ref.slug();
        publisher.name = ref.name();
        publisher.url = ref.url();
        if (publisher.id == null) {
            publisher.persist();
        }
        return publisher;
    }
}
