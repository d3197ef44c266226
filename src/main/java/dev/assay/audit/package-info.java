/**
 * The append-only audit log of editorial changes, and its query for editors. May import access and the shared
 * packages.
 */
package dev.assay.audit;
