/**
 * The bulk export routes: validated requests, access, the streamed CSV and NDJSON rows, and their settings
 * (ExportConfig). May import access, commodity, price.store and the shared packages.
 * <p>
 * Data access: the streamed read over JDBC lives in PriceRowsRepository.
 */
package dev.assay.export;
