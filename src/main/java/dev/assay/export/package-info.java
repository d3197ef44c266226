/**
 * The bulk export routes: validated requests, access, the streamed CSV and NDJSON rows, and their settings
 * (ExportConfig). May import access, commodity, price.store and the shared packages.
 */
package dev.assay.export;
