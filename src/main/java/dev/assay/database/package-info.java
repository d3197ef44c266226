/**
 * The database as the service sees it: availability and failure classification, migration readiness, read-replica
 * routing, the UNAVAILABLE error. Shared: imports no feature (ArchitectureTest).
 */
package dev.assay.database;
