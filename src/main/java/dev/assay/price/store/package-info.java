/**
 * Stored prices: the print, revision and reported-figure entities, their repositories (native SQL lives here;
 * BulkPriceRecorder is the repository for COPY-based bulk writes over JDBC), the one write path for prints
 * (PriceRecorder) and the request-scoped tails. May import price.calc, commodity, publisher and the shared
 * packages.
 */
package dev.assay.price.store;
