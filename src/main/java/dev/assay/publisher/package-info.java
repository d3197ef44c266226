/**
 * Publishers of prices and articles: the entity, the reference a document names it by, and the find-or-create the
 * importers share. May import the shared packages.
 */
package dev.assay.publisher;
