/**
 * CSV and NDJSON price feeds and the inbox they are dropped into: streaming readers that hand each print to a sink.
 * May import price.calc (the print rules) and the shared packages.
 */
package dev.assay.ingest.feed;
