/**
 * The GraphQL layer every feature shares: error codes and messages, the domain exceptions they map, input limits,
 * cursors, page sizes, guarded output values, the engine customisation and the plain field fetcher. Shared: imports
 * no feature (ArchitectureTest); may import the other shared packages (common, database, metrics, ratelimit).
 */
package dev.assay.graphql;
