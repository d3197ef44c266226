/**
 * The importers and their orchestration: documents (pages, plain-text copies, feed files), the ticker, the company
 * registry, the seed import on start, the ledger that makes a second import change nothing. May import its sub-
 * packages json, nuxt, seed and feed, the features it writes to (article, company, company.facts, commodity,
 * publisher, price.store, price.calc) and the shared packages.
 */
package dev.assay.ingest;
