/**
 * The scheduled ingest: the job, its lock across replicas, its HTTP source, its counters and meters, and the
 * editors' query of them. May import ingest, ingest.feed, ingest.json, publisher, price.calc, access and the shared
 * packages.
 * <p>
 * Data access: the one statement of its own, the advisory lock, lives in IngestLockRepository.
 */
package dev.assay.ingest.job;
