/**
 * The append-only audit log of editorial changes, and its query for editors. May import access and the shared
 * packages.
 * <p>
 * Data access: the entities are active records (their own lookups and deletes are named statics on them, HQL
 * inside the entity).
 */
package dev.assay.audit;
