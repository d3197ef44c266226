/**
 * The query cost budget, list sizes and the execution time limit. Shared: imports no feature (ArchitectureTest).
 */
package dev.assay.graphql.cost;
