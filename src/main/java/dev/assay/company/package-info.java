/**
 * Companies: the entity, its kinds, the directory and search of names, and the editors' upsert, which announces
 * renamed companies (CompanyNamesChanged) for article linking. May import access, audit and the shared packages;
 * never article (article builds on company).
 * <p>
 * Data access: the entities are active records (their own lookups and deletes are named statics on them, HQL
 * inside the entity); the directory's native SQL lives in CompanySearchRepository.
 */
package dev.assay.company;
