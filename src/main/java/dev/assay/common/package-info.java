/**
 * Small helpers every package may use and that know no feature: slugs. Shared: imports no feature
 * (ArchitectureTest).
 */
package dev.assay.common;
