/**
 * The importers and their orchestration: documents (pages, plain-text copies, feed files), the ticker, the company
 * registry, the seed import on start, the ledger that makes a second import change nothing. May import its sub-
 * packages json, nuxt, seed and feed, the features it writes to (article, company, company.facts, commodity,
 * publisher, price.store, price.calc) and the shared packages.
 * <p>
 * Data access: the ledger entry is an active record; the importers write through the entities and repositories of
 * the features they write to, and run no SQL of their own.
 */
package dev.assay.ingest;
