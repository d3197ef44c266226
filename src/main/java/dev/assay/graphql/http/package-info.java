/**
 * GraphQL over HTTP in front of SmallRye's handler: GET and POST, media types and coded request errors, input
 * limits, and the answer cache's side of a request (hits sent as stored bytes, misses recorded, ETag, 304 and
 * Cache-Control). Shared: imports no feature (ArchitectureTest), only graphql and cache.
 */
package dev.assay.graphql.http;
