/**
 * The price resolvers and their output types: ticker, latest prints and deltas, history, revisions, series
 * calculations, change feed, editorial mutations, live subscriptions and their broadcast, and the argument
 * descriptions they share. May import price.store, price.calc, commodity, access, audit and the shared packages.
 */
package dev.assay.price.api;
