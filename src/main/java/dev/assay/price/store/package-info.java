/**
 * Stored prices: the print, revision and reported-figure entities, their repositories (native SQL lives here;
 * BulkPriceRecorder is the repository for COPY-based bulk writes over JDBC), the one write path for prints
 * (PriceRecorder) and the request-scoped tails. May import price.calc, commodity, publisher and the shared
 * packages.
 * <p>
 * Data access: prints and revisions are active records (named statics on PricePoint and PriceRevision), their
 * batched native reads in PriceRepository; reported figures are read and written through a PanacheRepository
 * (ReportedFiguresRepository) only.
 */
package dev.assay.price.store;
