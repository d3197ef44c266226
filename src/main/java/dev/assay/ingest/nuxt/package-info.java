/**
 * The publisher's pages as decoded from their Nuxt payload: the ticker rows and the story articles a page carries.
 * May import ingest.json, article, publisher, price.calc, commodity and the shared packages.
 */
package dev.assay.ingest.nuxt;
