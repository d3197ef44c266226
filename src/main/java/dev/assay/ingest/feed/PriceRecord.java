package dev.assay.ingest.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One print read from a price feed file, with the 1-based line it came from. */
public record PriceRecord(String commoditySlug, LocalDate date, BigDecimal value, int line) {

    public PriceRecord {
        Objects.requireNonNull(commoditySlug, "commoditySlug");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }
}
