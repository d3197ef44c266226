/**
 * Metrics of the GraphQL layer: timings by operation, meter filters. Shared: imports no feature (ArchitectureTest).
 */
package dev.assay.metrics;
