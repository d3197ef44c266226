/**
 * Application-wide beans of configuration: the clock. Shared: imports no feature (ArchitectureTest).
 */
package dev.assay.config;
