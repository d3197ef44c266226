package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A history cursor continues the series it came from, and only that one. */
@QuarkusTest
class HistoryCursorTest {

    private static final String SECTOR = "cursor-test";
    private static final String A = "cursor-series-a";
    private static final String B = "cursor-series-b";

    @Inject
    TestSeries series;

    @BeforeEach
    void createTwoSeries() {
        series.create(A, SECTOR, "WEEKLY", null, "2026-04-01", "100", "2026-04-08", "101", "2026-04-15", "102");
        series.create(B, SECTOR, "WEEKLY", null, "2026-04-01", "200", "2026-04-08", "201", "2026-04-15", "202");
    }

    @AfterEach
    void removeThem() {
        series.deleteSector(SECTOR);
    }

    @Test
    void aCursorContinuesItsOwnSeries() {
        JsonPath next = page(A, "after", cursorOfFirstPrint(A));
        assertNull(next.get("errors"), () -> next.prettify());
        assertEquals(List.of("2026-04-08"), next.getList("data.commodity.history.nodes.date", String.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "after", "before" })
    void aCursorOfOneSeriesIsRefusedOnAnother(String argument) {
        JsonPath response = page(B, argument, cursorOfFirstPrint(A));
        assertNull(response.get("data.commodity.history"), () -> response.prettify());
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        String message = response.getString("errors[0].message");
        assertTrue(message.contains("'" + argument + "'") && message.contains(A) && message.contains(B), message);
    }

    @Test
    void inAListTheCursorPagesItsSeriesAndIsRefusedOnTheOthers() {
        JsonPath response = GraphQLClient.postQuery("""
                query($after: String) { commodities(sector: "cursor-test") {
                  slug history(first: 1, after: $after) { nodes { date value } } } }""",
                new HashMap<>(Map.of("after", cursorOfFirstPrint(A))));
        List<Map<String, Object>> commodities = response.getList("data.commodities");
        assertEquals(List.of(A, B), commodities.stream().map(c -> c.get("slug")).toList());
        assertNotNull(commodities.get(0).get("history"));
        assertEquals(List.of("2026-04-08"), response.getList("data.commodities[0].history.nodes.date", String.class));
        assertNull(commodities.get(1).get("history"), "no page of B from a cursor of A");
        List<Map<String, Object>> errors = response.getList("errors");
        assertEquals(1, errors.size(), () -> response.prettify());
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertEquals(List.of("commodities", 1, "history"), errors.get(0).get("path"));
        assertFalse(response.prettify().contains("201"), "none of B's values");
    }

    @Test
    void aCursorWithoutItsSeriesIsRefused() {
        // The form of history cursors before they named their series: a date alone.
        String dateOnly = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("print:2026-04-01".getBytes(StandardCharsets.UTF_8));
        JsonPath response = page(A, "after", dateOnly);
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertTrue(response.getString("errors[0].message").contains("'after'"));
    }

    private static String cursorOfFirstPrint(String slug) {
        JsonPath first = page(slug, "after", null);
        assertNull(first.get("errors"), () -> first.prettify());
        return first.getString("data.commodity.history.pageInfo.endCursor");
    }

    private static JsonPath page(String slug, String argument, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", slug);
        variables.put("first", 1);
        variables.put(argument, value);
        return GraphQLClient.post("historyPage", variables);
    }
}
