/**
 * Articles: the entity and its taxonomy, people and images, queries, search, editorial mutations, the one write
 * path for articles (ArticleImport, shared by the mutations and the importers), and the links of articles to
 * companies and commodities. May import article.mention, company, commodity, publisher, price.api, price.store,
 * price.calc, audit, access and the shared packages.
 */
package dev.assay.article;
