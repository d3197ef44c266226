package dev.assay.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvPriceFeedTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 28);
    static final LocalDate MAY_27 = LocalDate.of(2026, 5, 27);

    /** Every print of {@code text}, read through the streaming reader. */
    static List<PriceRecord> parse(String text, LocalDate today) throws IOException {
        List<PriceRecord> prints = new ArrayList<>();
        CsvPriceFeed.read(new StringReader(text), today, prints::add);
        return prints;
    }

    static PriceRecord print(String slug, String date, String value, int line) {
        return new PriceRecord(slug, LocalDate.parse(date), new BigDecimal(value), line);
    }

    static Stream<Arguments> goodFiles() {
        List<PriceRecord> cobaltAndLithium = List.of(print("cobalt", "2026-05-27", "244.61", 2),
                print("lithium-carbonate", "2026-05-27", "324", 3));
        return Stream.of(
                Arguments.of("plain LF with trailing newline",
                        "commodity,date,value\ncobalt,2026-05-27,244.61\nlithium-carbonate,2026-05-27,324\n",
                        cobaltAndLithium),
                Arguments.of("no trailing newline",
                        "commodity,date,value\ncobalt,2026-05-27,244.61\nlithium-carbonate,2026-05-27,324",
                        cobaltAndLithium),
                Arguments.of("CRLF",
                        "commodity,date,value\r\ncobalt,2026-05-27,244.61\r\nlithium-carbonate,2026-05-27,324\r\n",
                        cobaltAndLithium),
                Arguments.of("UTF-8 BOM",
                        "\uFEFFcommodity,date,value\ncobalt,2026-05-27,244.61\nlithium-carbonate,2026-05-27,324\n",
                        cobaltAndLithium),
                Arguments.of("header in any case and order",
                        "Value,COMMODITY,Date\n244.61,cobalt,2026-05-27\n324,lithium-carbonate,2026-05-27\n",
                        cobaltAndLithium),
                Arguments.of("quoted fields and header",
                        "\"commodity\",\"date\",\"value\"\n\"cobalt\",2026-05-27,\"244.61\"\n"
                                + "lithium-carbonate,\"2026-05-27\",324\n",
                        cobaltAndLithium),
                Arguments.of("blank lines skipped, line numbers kept",
                        "\ncommodity,date,value\n\n   \ncobalt,2026-05-27,244.61\r\n\r\nnickel,2026-05-20,16500.5\n\n",
                        List.of(print("cobalt", "2026-05-27", "244.61", 5), print("nickel", "2026-05-20", "16500.5", 7))),
                Arguments.of("six decimals, today's date, smallest value",
                        "commodity,date,value\ngraphite,2026-05-28,0.000001\ngraphite,2026-05-21,1.123456\n",
                        List.of(print("graphite", "2026-05-28", "0.000001", 2),
                                print("graphite", "2026-05-21", "1.123456", 3))),
                Arguments.of("same commodity on different dates and same date for different commodities",
                        "commodity,date,value\ncobalt,2026-05-27,1\ncobalt,2026-05-20,2\nnickel,2026-05-27,1\n",
                        List.of(print("cobalt", "2026-05-27", "1", 2), print("cobalt", "2026-05-20", "2", 3),
                                print("nickel", "2026-05-27", "1", 4))),
                Arguments.of("header only", "commodity,date,value\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void readsGoodFiles(String name, String text, List<PriceRecord> expected) throws IOException {
        assertEquals(expected, parse(text, TODAY));
    }

    @Test
    void keepsValuesExactlyAsWritten() throws IOException {
        List<PriceRecord> prints = parse(
                "commodity,date,value\ncobalt,2026-05-27,244.61\nlithium,2026-05-27,324\nnickel,2026-05-27,2.500000\n",
                TODAY);

        assertEquals("244.61", prints.get(0).value().toPlainString());
        assertEquals(2, prints.get(0).value().scale());
        assertEquals("324", prints.get(1).value().toPlainString());
        assertEquals(0, prints.get(1).value().scale());
        assertEquals("2.500000", prints.get(2).value().toPlainString());
        assertEquals(6, prints.get(2).value().scale());
    }

    @Test
    void quotedFieldsMayHoldDelimitersButStillMeetTheFieldRules() {
        FeedFormatException comma = assertThrows(FeedFormatException.class,
                () -> parse("commodity,date,value\ncobalt,2026-05-27,\"12,5\"\n", TODAY));
        assertEquals("line 2, field value: '12,5' is not a decimal number", comma.getMessage());

        FeedFormatException quote = assertThrows(FeedFormatException.class,
                () -> parse("commodity,date,value\n\"co\"\"balt\",2026-05-27,1\n", TODAY));
        assertEquals("line 2, field commodity: 'co\"balt' is not a commodity slug"
                + " (lowercase letters and digits, words joined by single hyphens)", quote.getMessage());
    }

    @Test
    void lineBreakInsideQuotesCountsForLaterLines() {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(
                "commodity,date,value\n\"cobalt\n\",2026-05-27,1\nnickel,2026-05-27,x\n", TODAY));
        assertEquals(2, e.line());

        FeedFormatException later = assertThrows(FeedFormatException.class, () -> parse(
                "commodity,date,value\ncobalt,2026-05-27,\"1\r\n\"\n", TODAY));
        assertEquals("line 2, field value: '1\r\n' is not a decimal number", later.getMessage());
    }

    static Stream<Arguments> badFiles() {
        String header = "commodity,date,value\n";
        return Stream.of(
                // whole file and header
                Arguments.of("empty file", "", 0, null, "the file is empty"),
                Arguments.of("only blank lines", "\n\r\n  \n", 0, null, "the file is empty"),
                Arguments.of("only a BOM", "\uFEFF", 0, null, "the file is empty"),
                Arguments.of("no header", "cobalt,2026-05-27,244.61\n", 1, null, "missing header"),
                Arguments.of("extra column", "commodity,date,value,currency\ncobalt,2026-05-27,1,USD\n", 1, null,
                        "unexpected column 'currency'; the header must name exactly commodity, date and value"),
                Arguments.of("trailing comma in header", "commodity,date,value,\n", 1, null, "unexpected column ''"),
                Arguments.of("padded header name", "commodity, date,value\n", 1, null, "unexpected column ' date'"),
                Arguments.of("missing column", "commodity,date\ncobalt,2026-05-27\n", 1, "value",
                        "column is missing from the header"),
                Arguments.of("column twice", "commodity,date,Date,value\n", 1, "date",
                        "column appears twice in the header"),
                // row shape and quoting
                Arguments.of("too few fields", header + "cobalt,2026-05-27\n", 2, null,
                        "expected 3 fields (commodity,date,value), found 2"),
                Arguments.of("too many fields", header + "cobalt,2026-05-27,1,2\n", 2, null,
                        "expected 3 fields (commodity,date,value), found 4"),
                Arguments.of("unclosed quote", header + "cobalt,2026-05-27,\"1\nnickel,2026-05-27,2\n", 2, "value",
                        "a quoted field is not closed before the end of the file"),
                Arguments.of("text after closing quote", header + "cobalt,\"2026-05-27\"x,1\n", 2, "date",
                        "unexpected 'x' after the closing quote"),
                Arguments.of("quote inside plain field", header + "cob\"alt,2026-05-27,1\n", 2, "commodity",
                        "a quote inside an unquoted field"),
                // commodity
                Arguments.of("empty commodity", header + ",2026-05-27,1\n", 2, "commodity", "is empty"),
                Arguments.of("uppercase slug", header + "Cobalt,2026-05-27,1\n", 2, "commodity",
                        "'Cobalt' is not a commodity slug"),
                Arguments.of("double hyphen", header + "lithium--carbonate,2026-05-27,1\n", 2, "commodity",
                        "'lithium--carbonate' is not a commodity slug"),
                Arguments.of("padded slug", header + " cobalt,2026-05-27,1\n", 2, "commodity",
                        "' cobalt' is not a commodity slug"),
                // date
                Arguments.of("empty date", header + "cobalt,,1\n", 2, "date", "is empty"),
                Arguments.of("day first", header + "cobalt,27/05/2026,1\n", 2, "date",
                        "'27/05/2026' is not a date in the form yyyy-MM-dd"),
                Arguments.of("short month", header + "cobalt,2026-5-27,1\n", 2, "date",
                        "'2026-5-27' is not a date in the form yyyy-MM-dd"),
                Arguments.of("date with time", header + "cobalt,2026-05-27T00:00,1\n", 2, "date",
                        "is not a date in the form yyyy-MM-dd"),
                Arguments.of("no such day", header + "cobalt,2026-02-30,1\n", 2, "date",
                        "'2026-02-30' is not a valid calendar date"),
                Arguments.of("month 13", header + "cobalt,2026-13-01,1\n", 2, "date",
                        "'2026-13-01' is not a valid calendar date"),
                Arguments.of("future date", header + "cobalt,2026-05-29,1\n", 2, "date",
                        "'2026-05-29' is after today (2026-05-28)"),
                Arguments.of("before the earliest date", header + "cobalt,1477-03-02,1\n", 2, "date",
                        "'1477-03-02' is before 1900-01-01, the earliest date a print may have"),
                // value
                Arguments.of("empty value", header + "cobalt,2026-05-27,\n", 2, "value", "is empty"),
                Arguments.of("decimal comma", header + "cobalt,2026-05-27,\"12,5\"\n", 2, "value",
                        "'12,5' is not a decimal number"),
                Arguments.of("thousands separator", header + "cobalt,2026-05-27,\"16,500.00\"\n", 2, "value",
                        "'16,500.00' is not a decimal number"),
                Arguments.of("exponent", header + "cobalt,2026-05-27,1e3\n", 2, "value",
                        "'1e3' is not a decimal number"),
                Arguments.of("NaN", header + "cobalt,2026-05-27,NaN\n", 2, "value", "'NaN' is not a decimal number"),
                Arguments.of("Infinity", header + "cobalt,2026-05-27,Infinity\n", 2, "value",
                        "'Infinity' is not a decimal number"),
                Arguments.of("plus sign", header + "cobalt,2026-05-27,+5\n", 2, "value", "'+5' is not a decimal number"),
                Arguments.of("leading point", header + "cobalt,2026-05-27,.5\n", 2, "value",
                        "'.5' is not a decimal number"),
                Arguments.of("trailing point", header + "cobalt,2026-05-27,5.\n", 2, "value",
                        "'5.' is not a decimal number"),
                Arguments.of("padded value", header + "cobalt,2026-05-27,5 \n", 2, "value",
                        "'5 ' is not a decimal number"),
                Arguments.of("currency sign", header + "cobalt,2026-05-27,$5\n", 2, "value",
                        "'$5' is not a decimal number"),
                Arguments.of("zero", header + "cobalt,2026-05-27,0.00\n", 2, "value", "'0.00' must be greater than zero"),
                Arguments.of("negative", header + "cobalt,2026-05-27,-3\n", 2, "value", "'-3' must be greater than zero"),
                Arguments.of("seven decimals", header + "cobalt,2026-05-27,1.1234567\n", 2, "value",
                        "'1.1234567' has 7 decimal places; at most 6 are allowed"),
                Arguments.of("seven decimals, trailing zero", header + "cobalt,2026-05-27,1.5000000\n", 2, "value",
                        "has 7 decimal places"),
                Arguments.of("fifteen integer digits", header + "cobalt,2026-05-27,123456789012345\n", 2, "value",
                        "'123456789012345' has 15 digits before the decimal point; at most 14 are allowed"),
                // the first problem wins
                Arguments.of("first of several bad lines", header + "cobalt,2026-05-27,1\ncobalt,2026-05-27,x\n"
                        + "nickel,2026-99-01,1\n", 3, "value", "'x' is not a decimal number"),
                Arguments.of("first bad field in file order", "value,date,commodity\nx,2099-01-01,Bad\n", 2, "value",
                        "'x' is not a decimal number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void rejectsTheFirstProblem(String name, String text, int line, String field, String problem) {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(text, TODAY));

        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problem), () -> "'" + e.problem() + "' should contain '" + problem + "'");
    }

    @Test
    void messageSaysWhereAndWhat() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("commodity,date,value\ncobalt,2026-05-27,x\n", TODAY));
        assertEquals("line 2, field value: 'x' is not a decimal number", e.getMessage());

        FeedFormatException row = assertThrows(FeedFormatException.class,
                () -> parse("commodity,date,value\ncobalt\n", TODAY));
        assertEquals("line 2: expected 3 fields (commodity,date,value), found 1", row.getMessage());
    }

    @Test
    void longTextIsShortenedInMessages() {
        String junk = "9".repeat(100) + "x";
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("commodity,date,value\ncobalt,2026-05-27," + junk + "\n", TODAY));
        assertEquals("line 2, field value: '" + "9".repeat(40) + "...' is not a decimal number", e.getMessage());
    }

    @Test
    void streamsAMillionLinesWithoutHoldingThem() throws IOException {
        int commodities = 100;
        int days = 10_000;
        LocalDate first = LocalDate.of(1990, 1, 1);
        // The text is generated as it is read: no copy of the file exists anywhere, so the reader must stream.
        Reader text = new GeneratedLines("commodity,date,value\n", commodities * days, n -> "index-" + (n % commodities)
                + "," + first.plusDays(n / commodities) + "," + (100 + n % commodities) + "." + (n / commodities % 100) + "\n");
        long[] count = {0};
        PriceRecord[] last = {null};

        CsvPriceFeed.read(text, TODAY, print -> {
            count[0]++;
            last[0] = print;
        });

        assertEquals(1_000_000, count[0]);
        assertEquals(new PriceRecord("index-99", first.plusDays(days - 1), new BigDecimal("199.99"), 1_000_001), last[0]);
    }

    /** A text of a header and {@code count} generated lines, produced as it is read. */
    static final class GeneratedLines extends Reader {
        private final java.util.function.IntFunction<String> line;
        private final int count;
        private String current;
        private int offset;
        private int next;

        GeneratedLines(String header, int count, java.util.function.IntFunction<String> line) {
            this.line = line;
            this.count = count;
            this.current = header;
        }

        @Override
        public int read(char[] buffer, int from, int length) {
            if (current == null) {
                return -1;
            }
            int written = 0;
            while (written < length && current != null) {
                int n = Math.min(length - written, current.length() - offset);
                current.getChars(offset, offset + n, buffer, from + written);
                written += n;
                offset += n;
                if (offset == current.length()) {
                    offset = 0;
                    current = next < count ? line.apply(next++) : null;
                }
            }
            return written;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void dateOfTodayIsAcceptedAndTodayIsTheCallersChoice() throws IOException {
        String text = "commodity,date,value\ncobalt,2026-05-27,1\n";
        assertEquals(1, parse(text, MAY_27).size());
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse(text, MAY_27.minusDays(1)));
        assertEquals("line 2, field date: '2026-05-27' is after today (2026-05-26)", e.getMessage());
    }
}
