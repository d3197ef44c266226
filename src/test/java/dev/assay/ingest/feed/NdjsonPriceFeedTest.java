package dev.assay.ingest.feed;

import static dev.assay.ingest.feed.CsvPriceFeedTest.TODAY;
import static dev.assay.ingest.feed.CsvPriceFeedTest.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NdjsonPriceFeedTest {

    private static final String COBALT = "{\"commodity\":\"cobalt\",\"date\":\"2026-05-27\",\"value\":\"244.61\"}";
    private static final String LITHIUM = "{\"commodity\":\"lithium-carbonate\",\"date\":\"2026-05-27\",\"value\":324}";

    private static List<PriceRecord> parse(String text, LocalDate today) throws IOException {
        List<PriceRecord> prints = new ArrayList<>();
        NdjsonPriceFeed.read(new StringReader(text), today, prints::add);
        return prints;
    }

    private static String line(String value) {
        return "{\"commodity\":\"cobalt\",\"date\":\"2026-05-27\",\"value\":" + value + "}\n";
    }

    static Stream<Arguments> goodFiles() {
        List<PriceRecord> cobaltAndLithium = List.of(print("cobalt", "2026-05-27", "244.61", 1),
                print("lithium-carbonate", "2026-05-27", "324", 2));
        return Stream.of(
                Arguments.of("LF with trailing newline", COBALT + "\n" + LITHIUM + "\n", cobaltAndLithium),
                Arguments.of("no trailing newline", COBALT + "\n" + LITHIUM, cobaltAndLithium),
                Arguments.of("CRLF", COBALT + "\r\n" + LITHIUM + "\r\n", cobaltAndLithium),
                Arguments.of("UTF-8 BOM", "\uFEFF" + COBALT + "\n" + LITHIUM + "\n", cobaltAndLithium),
                Arguments.of("fields in any order, spaces inside the object",
                        "{ \"value\" : 244.61, \"date\" : \"2026-05-27\", \"commodity\" : \"cobalt\" }\n"
                                + "{\"date\":\"2026-05-27\",\"value\":\"324\",\"commodity\":\"lithium-carbonate\"}\n",
                        cobaltAndLithium),
                Arguments.of("blank lines skipped, line numbers kept", "\n" + COBALT + "\n  \n\r\n" + LITHIUM + "\n\n",
                        List.of(print("cobalt", "2026-05-27", "244.61", 2),
                                print("lithium-carbonate", "2026-05-27", "324", 5))),
                Arguments.of("six decimals as number and as string", line("0.000001") + line("\"1.123456\"")
                        .replace("2026-05-27", "2026-05-20"),
                        List.of(print("cobalt", "2026-05-27", "0.000001", 1),
                                print("cobalt", "2026-05-20", "1.123456", 2))),
                Arguments.of("empty file", "", List.of()),
                Arguments.of("only blank lines", "\n\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void readsGoodFiles(String name, String text, List<PriceRecord> expected) throws IOException {
        assertEquals(expected, parse(text, TODAY));
    }

    static Stream<Arguments> exactValues() {
        return Stream.of(
                Arguments.of("244.61", "244.61", 2),
                Arguments.of("\"244.61\"", "244.61", 2),
                Arguments.of("324", "324", 0),
                Arguments.of("\"324\"", "324", 0),
                Arguments.of("2.500000", "2.500000", 6),
                Arguments.of("\"2.500000\"", "2.500000", 6),
                Arguments.of("0.1", "0.1", 1),
                Arguments.of("12345678901234.123456", "12345678901234.123456", 6),
                // The tree keeps a JSON number's value, not its spelling: an exponent that leaves no negative scale reads as that value.
                Arguments.of("2.4461e2", "244.61", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactValues")
    void keepsValuesExactly(String json, String plain, int scale) throws IOException {
        PriceRecord print = parse(line(json), TODAY).get(0);

        assertEquals(plain, print.value().toPlainString());
        assertEquals(scale, print.value().scale());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // JSON shape
                Arguments.of("cut short", COBALT + "\n{\"commodity\":\"nickel\",\n", 2, null, "not valid JSON: "),
                Arguments.of("single quotes", "{'commodity':'cobalt'}\n", 1, null, "not valid JSON: "),
                Arguments.of("two objects on a line", COBALT + " " + LITHIUM + "\n", 1, null, "not valid JSON: "),
                Arguments.of("NaN literal", line("NaN"), 1, null, "not valid JSON: "),
                Arguments.of("comment", COBALT + " // cobalt\n", 1, null, "not valid JSON: "),
                Arguments.of("field twice", "{\"commodity\":\"cobalt\",\"date\":\"2026-05-27\",\"value\":1,\"value\":2}\n",
                        1, null, "not valid JSON: Duplicate"),
                Arguments.of("array", "[\"cobalt\",\"2026-05-27\",244.61]\n", 1, null,
                        "expected a JSON object, found array"),
                Arguments.of("bare string", "\"cobalt\"\n", 1, null, "expected a JSON object, found string 'cobalt'"),
                Arguments.of("unknown field", "{\"commodity\":\"cobalt\",\"date\":\"2026-05-27\",\"value\":1,\"unit\":\"t\"}\n",
                        1, null, "unknown field 'unit'; a print has only commodity, date and value"),
                Arguments.of("field name in other case", "{\"Commodity\":\"cobalt\",\"date\":\"2026-05-27\",\"value\":1}\n",
                        1, null, "unknown field 'Commodity'"),
                Arguments.of("missing commodity", "{\"date\":\"2026-05-27\",\"value\":1}\n", 1, "commodity", "is missing"),
                Arguments.of("missing date", "{\"commodity\":\"cobalt\",\"value\":1}\n", 1, "date", "is missing"),
                Arguments.of("missing value", "{\"commodity\":\"cobalt\",\"date\":\"2026-05-27\"}\n", 1, "value",
                        "is missing"),
                Arguments.of("empty object", "{}\n", 1, "commodity", "is missing"),
                // field types
                Arguments.of("commodity a number", "{\"commodity\":7,\"date\":\"2026-05-27\",\"value\":1}\n", 1,
                        "commodity", "must be a JSON string, found number '7'"),
                Arguments.of("commodity null", "{\"commodity\":null,\"date\":\"2026-05-27\",\"value\":1}\n", 1,
                        "commodity", "must be a JSON string, found null"),
                Arguments.of("date a number", "{\"commodity\":\"cobalt\",\"date\":20260527,\"value\":1}\n", 1, "date",
                        "must be a JSON string, found number '20260527'"),
                Arguments.of("value true", line("true"), 1, "value",
                        "must be a decimal number or a string holding one, found boolean 'true'"),
                Arguments.of("value null", line("null"), 1, "value",
                        "must be a decimal number or a string holding one, found null"),
                Arguments.of("value object", line("{\"amount\":1}"), 1, "value",
                        "must be a decimal number or a string holding one, found object"),
                // the same field rules as CSV
                Arguments.of("bad slug", "{\"commodity\":\"Cobalt\",\"date\":\"2026-05-27\",\"value\":1}\n", 1,
                        "commodity", "'Cobalt' is not a commodity slug"),
                Arguments.of("empty slug", "{\"commodity\":\"\",\"date\":\"2026-05-27\",\"value\":1}\n", 1, "commodity",
                        "is empty"),
                Arguments.of("bad date", "{\"commodity\":\"cobalt\",\"date\":\"27.05.2026\",\"value\":1}\n", 1, "date",
                        "'27.05.2026' is not a date in the form yyyy-MM-dd"),
                Arguments.of("no such day", "{\"commodity\":\"cobalt\",\"date\":\"2026-02-29\",\"value\":1}\n", 1, "date",
                        "'2026-02-29' is not a valid calendar date"),
                Arguments.of("future date", "{\"commodity\":\"cobalt\",\"date\":\"2026-06-01\",\"value\":1}\n", 1, "date",
                        "'2026-06-01' is after today (2026-05-28)"),
                Arguments.of("decimal comma in string", line("\"12,5\""), 1, "value", "'12,5' is not a decimal number"),
                Arguments.of("exponent in string", line("\"1e3\""), 1, "value", "'1e3' is not a decimal number"),
                Arguments.of("NaN in string", line("\"NaN\""), 1, "value", "'NaN' is not a decimal number"),
                Arguments.of("empty string value", line("\"\""), 1, "value", "is empty"),
                Arguments.of("exponent number", line("1e2"), 1, "value",
                        "'1E+2' is not a plain decimal number; write it without an exponent"),
                Arguments.of("zero number", line("0"), 1, "value", "'0' must be greater than zero"),
                Arguments.of("zero decimal number", line("0.000"), 1, "value", "'0.000' must be greater than zero"),
                Arguments.of("negative number", line("-3"), 1, "value", "'-3' must be greater than zero"),
                Arguments.of("negative string", line("\"-3.5\""), 1, "value", "'-3.5' must be greater than zero"),
                Arguments.of("seven decimals number", line("1.1234567"), 1, "value",
                        "'1.1234567' has 7 decimal places; at most 6 are allowed"),
                Arguments.of("seven decimals string", line("\"1.1234560\""), 1, "value",
                        "'1.1234560' has 7 decimal places; at most 6 are allowed"),
                // the first problem wins
                Arguments.of("first field in the object's order",
                        "{\"value\":\"x\",\"commodity\":\"Bad\",\"date\":\"2026-05-27\"}\n", 1, "value",
                        "'x' is not a decimal number"),
                Arguments.of("first bad line", COBALT + "\n" + line("\"x\"").replace("cobalt", "nickel") + "{\n", 2,
                        "value", "'x' is not a decimal number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void rejectsTheFirstProblem(String name, String text, int line, String field, String problem) throws IOException {
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parse(text, TODAY));

        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problem), () -> "'" + e.problem() + "' should contain '" + problem + "'");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse(COBALT + "\n\n{\"commodity\":\"nickel\" \"date\":1}\n", TODAY));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("line 3: not valid JSON: Unexpected character"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(column 23)"), e.getMessage());
    }

    @Test
    void messageSaysWhereAndWhat() throws IOException {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse(COBALT + "\n" + line("\"12,5\"").replace("cobalt", "nickel"), TODAY));

        assertEquals("line 2, field value: '12,5' is not a decimal number", e.getMessage());
    }
}
