/**
 * What articles state about companies: relations between companies and figures (capacities, targets), each citing
 * its source sentence, with their batched reads and fields. May import company, article, access and the shared
 * packages.
 */
package dev.assay.company.facts;
