package dev.assay.ingest.feed;

import java.io.IOException;

/** Receives the prints a feed reader finds, one at a time in file order, so that no file is held in memory. */
@FunctionalInterface
public interface PriceSink {

    /**
     * Takes one print.
     *
     * @throws FeedFormatException when the print cannot be taken (an unknown commodity): the file is refused
     * @throws IOException when passing it on failed
     */
    void accept(PriceRecord print) throws IOException;
}
