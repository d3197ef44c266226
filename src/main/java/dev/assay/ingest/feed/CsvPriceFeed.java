package dev.assay.ingest.feed;

import static dev.assay.ingest.feed.PriceFields.COMMODITY;
import static dev.assay.ingest.feed.PriceFields.DATE;
import static dev.assay.ingest.feed.PriceFields.VALUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/** Reads a CSV price feed: a header naming commodity, date and value in any order, then one print per row. */
public final class CsvPriceFeed {

    private static final Set<String> COLUMNS = Set.of(COMMODITY, DATE, VALUE);

    private CsvPriceFeed() {
    }

    /**
     * Every print of {@code text}, in file order. Dates after {@code today} are rejected.
     *
     * @throws FeedFormatException for the first problem in the file; nothing is returned then
     */
    public static List<PriceRecord> parse(String text, LocalDate today) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(today, "today");
        CsvRows rows = new CsvRows(text);
        CsvRows.Row header = rows.next(position -> null);
        if (header == null) {
            throw new FeedFormatException(0, null,
                    "the file is empty; it needs a header line naming the columns commodity, date and value");
        }
        String[] columns = columns(header);
        IntFunction<String> columnAt = position -> position < columns.length ? columns[position] : null;
        PriceCollector prints = new PriceCollector();
        for (CsvRows.Row row = rows.next(columnAt); row != null; row = rows.next(columnAt)) {
            read(row, columns, today, prints);
        }
        return prints.records();
    }

    private static void read(CsvRows.Row row, String[] columns, LocalDate today, PriceCollector prints) {
        List<String> fields = row.fields();
        if (fields.size() != columns.length) {
            throw new FeedFormatException(row.line(), null, "expected " + columns.length + " fields ("
                    + String.join(",", columns) + "), found " + fields.size());
        }
        String slug = null;
        LocalDate date = null;
        BigDecimal value = null;
        for (int i = 0; i < columns.length; i++) {
            switch (columns[i]) {
                case COMMODITY -> slug = PriceFields.commodity(fields.get(i), row.line());
                case DATE -> date = PriceFields.date(fields.get(i), row.line(), today);
                default -> value = PriceFields.value(fields.get(i), row.line());
            }
        }
        prints.add(slug, date, value, row.line());
    }

    /** The canonical column name at each position of the header. */
    private static String[] columns(CsvRows.Row header) {
        List<String> names = header.fields();
        if (names.stream().noneMatch(name -> COLUMNS.contains(name.toLowerCase(Locale.ROOT)))) {
            throw new FeedFormatException(header.line(), null,
                    "missing header; the first line must name the columns commodity, date and value, found "
                            + PriceFields.shown(String.join(",", names)));
        }
        String[] columns = new String[names.size()];
        for (int i = 0; i < columns.length; i++) {
            String column = names.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw new FeedFormatException(header.line(), null, "unexpected column "
                        + PriceFields.shown(names.get(i)) + "; the header must name exactly commodity, date and value");
            }
            for (int j = 0; j < i; j++) {
                if (columns[j].equals(column)) {
                    throw new FeedFormatException(header.line(), column, "column appears twice in the header");
                }
            }
            columns[i] = column;
        }
        for (String required : List.of(COMMODITY, DATE, VALUE)) {
            if (!List.of(columns).contains(required)) {
                throw new FeedFormatException(header.line(), required, "column is missing from the header");
            }
        }
        return columns;
    }
}
