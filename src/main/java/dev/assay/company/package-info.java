/**
 * Companies: the entity, its kinds, the directory and search of names, and the editors' upsert, which announces
 * renamed companies (CompanyNamesChanged) for article linking. May import access, audit and the shared packages;
 * never article (article builds on company).
 */
package dev.assay.company;
