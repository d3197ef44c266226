/**
 * The catalogue of price indices: the commodity entity, its sectors and update frequency, and the catalogue
 * queries. May import price.calc (the year-to-date convention an update frequency implies) and the shared packages.
 */
package dev.assay.commodity;
