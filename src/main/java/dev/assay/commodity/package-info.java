/**
 * The catalogue of price indices: the commodity entity, its sectors and update frequency, and the catalogue
 * queries. May import price.calc (the year-to-date convention an update frequency implies) and the shared packages.
 * <p>
 * Data access: the entities are active records (their own lookups and deletes are named statics on them, HQL
 * inside the entity).
 */
package dev.assay.commodity;
