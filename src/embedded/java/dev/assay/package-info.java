/**
 * The quick-start entry point, compiled into the default build only: starts the embedded PostgreSQL before
 * Quarkus boots and turns a failed start into one line. Production builds use Quarkus's own main.
 */
package dev.assay;
