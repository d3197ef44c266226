package dev.assay.ingest.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers the prints of one file in order and rejects a second print of a commodity on the same date. */
final class PriceCollector {

    /** One commodity's prints by date, and the one copy of its slug every record shares. */
    private record Series(String slug, Map<LocalDate, PriceRecord> byDate) {
    }

    private final List<PriceRecord> records = new ArrayList<>();
    private final Map<String, Series> byCommodity = new HashMap<>();

    void add(String slug, LocalDate date, BigDecimal value, int line) {
        Series series = byCommodity.computeIfAbsent(slug, s -> new Series(s, new HashMap<>()));
        PriceRecord record = new PriceRecord(series.slug(), date, value, line);
        PriceRecord earlier = series.byDate().putIfAbsent(date, record);
        if (earlier != null) {
            throw duplicate(record, earlier);
        }
        records.add(record);
    }

    /** The prints in file order; not copied, since a feed can hold a million of them. */
    List<PriceRecord> records() {
        return Collections.unmodifiableList(records);
    }

    private static FeedFormatException duplicate(PriceRecord record, PriceRecord earlier) {
        String print = record.commoditySlug() + " on " + record.date();
        if (record.value().compareTo(earlier.value()) == 0) {
            return new FeedFormatException(record.line(), null, print + " repeats line " + earlier.line()
                    + " (same value " + earlier.value().toPlainString() + "); remove the duplicate line");
        }
        return new FeedFormatException(record.line(), null, print + " is " + record.value().toPlainString()
                + " here but " + earlier.value().toPlainString() + " on line " + earlier.line()
                + "; a file may give only one value per commodity and date");
    }
}
