/**
 * Publishers of prices and articles: the entity, the reference a document names it by, and the find-or-create the
 * importers share. May import the shared packages.
 * <p>
 * Data access: the entities are active records (their own lookups and deletes are named statics on them, HQL
 * inside the entity).
 */
package dev.assay.publisher;
