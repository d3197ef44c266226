package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import dev.assay.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Canary for the scalar descriptions of {@link ScalarSpecifications}: they state what SmallRye GraphQL's date
 * transformers and number coercing send and accept, which Assay does not control. This test exists so that a
 * SmallRye upgrade changing a wire format fails here, and the descriptions clients read are corrected with it.
 */
@QuarkusTest
class ScalarWireFormatTest {

    /** RFC 3339 date-time: seconds always, a fraction of up to nine digits, an offset always. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private final String editor = Tokens.editor("editor-" + UUID.randomUUID());
    private String slug;

    @Inject
    TestSeries series;

    @BeforeEach
    void createCommodity() {
        slug = "scalars-" + UUID.randomUUID().toString().substring(0, 8);
        series.create(slug, "scalar-test", "WEEKLY", null);
    }

    @AfterEach
    void removeCommodity() {
        series.deleteSector("scalar-test");
    }

    @Test
    void aDateIsSentAndAcceptedAsYearMonthDayOnly() {
        assertEquals("2026-03-04", record("2026-03-04", "100").getString("data.recordPrint.print.date"));
        assertEquals("2026-03-04", outputs(null).getString("data.commodity.latest.date"));
        assertFalse(record("2026-3-11", "100").getList("errors").isEmpty(), "a date without zero padding");
    }

    @Test
    void aDateTimeIsSentInRfc3339WithItsOffset() {
        record("2026-03-04", "100");
        List<String> recorded = outputs(null).getList("data.commodity.revisions.recordedAt");
        assertFalse(recorded.isEmpty());
        recorded.forEach(at -> assertTrue(DATE_TIME.matcher(at).matches(), at));
    }

    @Test
    void aDateTimeIsAcceptedWithAnOffsetAndRefusedWithout() {
        record("2026-03-04", "100");
        for (String knownAt : List.of("2999-01-01T00:00:00Z", "2999-01-01T02:00:00.25+02:00")) {
            JsonPath answer = outputs(knownAt);
            assertNull(answer.get("errors"), knownAt);
            assertEquals("2026-03-04", answer.getString("data.commodity.latest.date"), knownAt);
        }
        JsonPath local = outputs("2999-01-01T00:00:00");
        assertFalse(local.getList("errors").isEmpty(), "a date-time without offset");
        assertNull(local.get("data.commodity.latest"));
    }

    @Test
    void aBigDecimalIsSentAsAnExactJsonNumber() {
        Object value = record("2026-03-04", "101.125").get("data.recordPrint.print.value");
        assertEquals(new BigDecimal("101.125"), assertInstanceOf(BigDecimal.class, value, "a JSON number, not a string"));
        assertEquals(new BigDecimal("101.125"), outputs(null).get("data.commodity.latest.value"));
    }

    @Test
    void aBigDecimalIsAcceptedAsAJsonNumberOrAStringInVariables() {
        assertEquals(new BigDecimal("100.5"), record("2026-03-04", new BigDecimal("100.5")).get("data.recordPrint.print.value"));
        assertEquals(new BigDecimal("100.75"), record("2026-03-11", "100.75").get("data.recordPrint.print.value"));
    }

    @Test
    void aBigDecimalIsAcceptedAsAnIntFloatOrStringLiteral() {
        JsonPath answer = GraphQLClient.postAs(editor, "recordPrintLiterals", Map.of("commodity", slug));
        assertNull(answer.get("errors"));
        assertEquals(101, (Integer) answer.get("data.int.print.value"));
        assertEquals(new BigDecimal("101.25"), answer.get("data.float.print.value"));
        assertEquals(new BigDecimal("101.5"), answer.get("data.string.print.value"));
    }

    @Test
    void aBigIntegerIsSentAsAJsonNumber() {
        JsonPath answer = GraphQLClient.postAs(editor, "ingestCounters", Map.of());
        assertNull(answer.get("errors"));
        for (String counter : List.of("ticks", "filesImported", "millisSpent")) {
            assertInstanceOf(Number.class, answer.get("data.ingestStatus." + counter), counter);
        }
    }

    private JsonPath record(String date, Object value) {
        return GraphQLClient.postAs(editor, "recordPrintValue", Map.of("commodity", slug, "date", date, "value", value));
    }

    private JsonPath outputs(String knownAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("commodity", slug);
        variables.put("knownAt", knownAt);
        return GraphQLClient.post("scalarOutputs", variables);
    }
}
