/**
 * The scheduled ingest: the job, its lock across replicas, its HTTP source, its counters and meters, and the
 * editors' query of them. May import ingest, ingest.feed, ingest.json, publisher, price.calc, access and the shared
 * packages.
 */
package dev.assay.ingest.job;
