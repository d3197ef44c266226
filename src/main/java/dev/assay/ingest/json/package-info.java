/**
 * The import's JSON reading: one tree-model reader and typed field reads that fail with the field's path. May
 * import article (the Term a field list reads into) and the shared packages.
 */
package dev.assay.ingest.json;
