package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.assay.ingest.nuxt.NuxtPayload;
import dev.assay.ingest.nuxt.PublisherPage;
import dev.assay.ingest.nuxt.TickerRow;
import dev.assay.publisher.PublisherRef;
import dev.assay.support.GraphQLClient;
import dev.assay.support.TestSeries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TickerQueryTest {

    private static final List<TickerRow> PUBLISHED = PublisherPage.parse(
            NuxtPayload.decode(readSeed("000_19c73154af895443.txt")),
            new PublisherRef("benchmark-source", "Benchmark Source", "https://source.benchmarkminerals.com")).ticker();

    @Test
    void reproducesEveryPublishedFigureOfTheSeedTicker() {
        JsonPath response = GraphQLClient.post("ticker");
        assertNull(response.get("errors"));
        List<Map<String, Object>> entries = response.getList("data.ticker");
        for (int i = 0; i < PUBLISHED.size(); i++) {
            TickerRow expected = PUBLISHED.get(i);
            String at = "data.ticker[" + i + "].";
            assertEquals(expected.label(), response.getString(at + "label"));
            assertEquals(expected.publishedDate().toString(), response.getString(at + "publishedDate"), expected.label());
            assertEquals(expected.updateFrequency(), response.getString(at + "updateFrequency"));
            assertEquals(expected.updateFrequencyText(), response.getString(at + "updateFrequencyText"));
            assertDecimal(expected.today(), response, at + "today");
            assertDecimal(expected.last(), response, at + "last");
            assertDecimal(expected.percentageChange(), response, at + "percentageChange");
            assertDecimal(expected.yearToDate(), response, at + "yearToDate");
            assertDecimal(expected.yearOnYear(), response, at + "yearOnYear");
            assertEquals(expected.url(), response.getString(at + "url"));
            assertEquals(expected.subscription(), response.getString(at + "subscription"));
            assertEquals(expected.isProtected(), response.getBoolean(at + "isProtected"));
            assertEquals(expected.hasAccess(), response.getBoolean(at + "hasAccess"));
            List<Map<String, Object>> trend = response.getList(at + "oneYearIndexTrend");
            assertEquals(expected.oneYearIndexTrend().size(), trend.size());
            for (int t = 0; t < trend.size(); t++) {
                assertEquals(expected.oneYearIndexTrend().get(t).date().toString(), trend.get(t).get("date"));
                assertDecimal(expected.oneYearIndexTrend().get(t).value(), response, at + "oneYearIndexTrend[" + t + "].value");
            }
        }
        assertEquals(PUBLISHED.size(), entries.stream().filter(e -> ((Number) e.get("today")) != null).limit(15).count());
    }

    @Test
    void saysHowEachFigureWasObtained() {
        JsonPath response = GraphQLClient.post("ticker");
        // Lithium, biweekly: the year-to-date base (first print of 2026) is stored, and agrees with the publisher.
        Map<String, Object> lithiumYtd = delta(response, "Lithium", "YEAR_TO_DATE");
        assertEquals("2026-01-07", lithiumYtd.get("baseDate"));
        assertEquals(0, decimal(lithiumYtd.get("reconciliation")).signum());
        assertEquals(new BigDecimal("75.85"), decimal(lithiumYtd.get("computed")).setScale(2, java.math.RoundingMode.HALF_UP));
        // Cobalt, weekly: stored history starts after New Year, so the base is unknown and the printed figure stands.
        Map<String, Object> cobaltYtd = delta(response, "Cobalt", "YEAR_TO_DATE");
        assertNull(cobaltYtd.get("computed"));
        assertNotNull(cobaltYtd.get("reason"));
        assertEquals("REPORTED", cobaltYtd.get("source"));
        assertEquals(new BigDecimal("3.99"), decimal(cobaltYtd.get("value")));
        // Natural Graphite: Assay's 1.65 from the rounded prints reconciles to the publisher's 1.66 within a cent.
        Map<String, Object> graphiteYtd = delta(response, "Natural Graphite", "YEAR_TO_DATE");
        assertEquals("2025-12-31", graphiteYtd.get("baseDate"));
        assertEquals(new BigDecimal("-0.01"), decimal(graphiteYtd.get("reconciliation")));
        // Year-on-year: no seed series reaches back a year, so every one is the publisher's figure, with a reason.
        Map<String, Object> lithiumYoy = delta(response, "Lithium", "YEAR_ON_YEAR");
        assertNull(lithiumYoy.get("computed"));
        assertEquals("REPORTED", lithiumYoy.get("source"));
        assertNotNull(lithiumYoy.get("reason"));
    }

    @Test
    void answersAsOfAnEarlierDateFromStoredPrints() {
        JsonPath response = GraphQLClient.post("ticker", Map.of("asOf", "2026-05-13"));
        assertNull(response.get("errors"));
        assertEquals("2026-05-13", response.getString("data.ticker[0].publishedDate"));
        assertDecimal(new BigDecimal("408.51"), response, "data.ticker[0].today");
        assertDecimal(new BigDecimal("372.51"), response, "data.ticker[0].last");
        // No publisher figure exists for that date: everything shown is computed.
        assertDecimal(new BigDecimal("9.66"), response, "data.ticker[0].percentageChange");
        assertDecimal(new BigDecimal("74.78"), response, "data.ticker[0].yearToDate");
        assertEquals("COMPUTED", delta(response, "Lithium", "YEAR_TO_DATE").get("source"));
    }

    @Inject
    TestSeries series;

    @Test
    void theTickerIsTheCuratedSelectionNotTheWholeCatalogue() {
        series.create("catalogue-only", "ticker-test", "MONTHLY", null, "2026-04-30", "10");
        series.leaveTicker("catalogue-only");
        try {
            List<String> ticker = GraphQLClient.postQuery("{ ticker { label } }", Map.of())
                    .getList("data.ticker.label", String.class);
            List<String> catalogue = GraphQLClient.postQuery("{ commodities { slug inTicker } }", Map.of())
                    .getList("data.commodities.slug", String.class);
            assertFalse(ticker.contains("catalogue-only"));
            assertTrue(catalogue.contains("catalogue-only"));
            assertTrue(ticker.containsAll(PUBLISHED.stream().map(TickerRow::label).toList()));
        } finally {
            series.deleteSector("ticker-test");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> delta(JsonPath response, String label, String basis) {
        List<Map<String, Object>> entries = response.getList("data.ticker");
        Map<String, Object> entry = entries.stream().filter(e -> label.equals(e.get("label"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) entry.get("deltas")).stream()
                .filter(d -> basis.equals(d.get("basis"))).findFirst().orElseThrow();
    }

    private static void assertDecimal(BigDecimal expected, JsonPath response, String path) {
        Object actual = response.get(path);
        if (expected == null) {
            assertNull(actual, path);
        } else {
            assertNotNull(actual, path);
            assertEquals(0, expected.compareTo(decimal(actual)), path + ": expected " + expected + " but was " + actual);
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    static String readSeed(String file) {
        try (var in = TickerQueryTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
