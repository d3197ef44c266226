/**
 * The per-caller rate limit: the HTTP filter, the token bucket, and the count of operations sent over a WebSocket.
 * Shared: imports no feature (ArchitectureTest).
 */
package dev.assay.ratelimit;
