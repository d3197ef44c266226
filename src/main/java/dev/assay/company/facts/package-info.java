/**
 * What articles state about companies: relations between companies and figures (capacities, targets), each citing
 * its source sentence, with their batched reads and fields. May import company, article, access and the shared
 * packages.
 * <p>
 * Data access: the entities are active records (their own lookups and deletes are named statics on them, HQL
 * inside the entity); the batched reads live in CompanyFactsRepository.
 */
package dev.assay.company.facts;
