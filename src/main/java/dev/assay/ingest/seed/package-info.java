/**
 * The seed documents shipped with the service: the manifest, the classpath folder, the catalogue, the commodity
 * topics, the company registry file and plain-text article copies. May import ingest.nuxt, ingest.json, the
 * features their documents describe (article, company, company.facts, publisher) and the shared packages.
 */
package dev.assay.ingest.seed;
