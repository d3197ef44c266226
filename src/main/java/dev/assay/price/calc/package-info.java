/**
 * Pure price calculations over plain values: deltas and their bases, year-to-date conventions, window statistics,
 * alignment and correlation, rebasing, the rules every print meets. No CDI, Panache or GraphQL, not even an
 * annotation. May import the JDK alone (ArchitectureTest).
 */
package dev.assay.price.calc;
