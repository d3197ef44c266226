package dev.assay.ingest.feed;

import static dev.assay.ingest.feed.PriceFields.COMMODITY;
import static dev.assay.ingest.feed.PriceFields.DATE;
import static dev.assay.ingest.feed.PriceFields.VALUE;

import java.io.IOException;
import java.io.Reader;
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
     * Hands every print of the text to {@code sink}, in file order, as it is read. Each print meets the print
     * rules (no date after {@code today}).
     *
     * @throws FeedFormatException for the first problem in the file, after the prints before it were handed over
     */
    public static void read(Reader text, LocalDate today, PriceSink sink) throws IOException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sink, "sink");
        PriceFields fields = new PriceFields(Objects.requireNonNull(today, "today"));
        CsvRows rows = new CsvRows(text);
        CsvRows.Row header = rows.next(position -> null);
        if (header == null) {
            throw new FeedFormatException(0, null,
                    "the file is empty; it needs a header line naming the columns commodity, date and value");
        }
        String[] columns = columns(header);
        IntFunction<String> columnAt = position -> position < columns.length ? columns[position] : null;
        for (CsvRows.Row row = rows.next(columnAt); row != null; row = rows.next(columnAt)) {
            sink.accept(read(row, columns, fields));
        }
    }

    private static PriceRecord read(CsvRows.Row row, String[] columns, PriceFields reader) {
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
                case COMMODITY -> slug = reader.commodity(fields.get(i), row.line());
                case DATE -> date = reader.date(fields.get(i), row.line());
                default -> value = reader.value(fields.get(i), row.line());
            }
        }
        return new PriceRecord(slug, date, value, row.line());
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
