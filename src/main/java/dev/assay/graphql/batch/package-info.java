/**
 * Data loaders keyed by parent and arguments, and the per-event loads of subscriptions. Shared: imports no feature
 * (ArchitectureTest).
 */
package dev.assay.graphql.batch;
