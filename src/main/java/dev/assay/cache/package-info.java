/**
 * Answers from memory: the data version (moved by database triggers, heard through LISTEN/NOTIFY), the bounded
 * cache of serialised query answers keyed by document, variables, audience and version, and its metrics and
 * readiness data. Shared: imports no feature (ArchitectureTest); the audiences come from access through
 * {@link dev.assay.cache.Audiences}.
 */
package dev.assay.cache;
