/**
 * Articles: the entity and its taxonomy, people and images, queries, search, editorial mutations, the one write
 * path for articles (ArticleImport, shared by the mutations and the importers), and the links of articles to
 * companies and commodities. May import article.mention, company, commodity, publisher, price.api, price.store,
 * price.calc, audit, access and the shared packages.
 * <p>
 * Data access: the entities are active records (their own lookups and deletes are named statics on them, HQL
 * inside the entity); SQL beyond one entity lives in the repositories: ArticleRepository (batched reads),
 * ArticleSearchRepository (filter and full-text search), LinkedArticleRepository (pages of linked articles) and
 * LinkRepository (links and commodity topics).
 */
package dev.assay.article;
