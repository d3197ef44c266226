package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A front end's price page and a partner's paged pull, against the imported seeds. */
@QuarkusTest
class PricePageQueryTest {

    @Test
    void pricePageShowsLatestDeltasWindowStatsAndRebasedSeries() {
        JsonPath page = GraphQLClient.post("pricePage",
                Map.of("slug", "lithium", "from", "2026-01-07", "to", "2026-05-27", "base", "2026-01-07"));
        assertNull(page.get("errors"), () -> page.prettify());
        String c = "data.commodity.";
        assertEquals("2026-05-27", page.getString(c + "latest.date"));
        assertEquals(new BigDecimal("411.01"), page.get(c + "latest.value"));
        assertEquals(new BigDecimal("408.51"), page.get(c + "previous.value"));
        assertEquals(7, page.getList(c + "deltas").size());

        assertEquals("WINDOW", page.getString(c + "change.basis"));
        assertEquals("2026-01-07", page.getString(c + "change.baseDate"));
        assertEquals(new BigDecimal("233.73"), page.get(c + "change.baseValue"));
        assertEquals(new BigDecimal("177.28"), page.get(c + "change.change"));
        assertEquals(new BigDecimal("75.85"), percent(page.get(c + "change.computed")));

        assertEquals(11, page.getInt(c + "stats.count"));
        assertEquals(new BigDecimal("233.73"), page.get(c + "stats.min"));
        assertEquals("2026-01-07", page.getString(c + "stats.minDate"));
        assertEquals(new BigDecimal("411.01"), page.get(c + "stats.max"));
        assertTrue(((BigDecimal) page.get(c + "stats.maxDrawdown")).signum() < 0, "Feb 2026 fell from 337.67 to 324");

        List<Map<String, Object>> rebased = page.getList(c + "rebased");
        assertEquals(11, rebased.size());
        assertEquals(0, new BigDecimal("100").compareTo(new BigDecimal(rebased.get(0).get("value").toString())));
        assertEquals(new BigDecimal("175.85"), percent(new BigDecimal(rebased.get(10).get("value").toString())));
    }

    @Test
    void aWindowWhoseBaseIsNotStoredSaysWhy() {
        JsonPath page = GraphQLClient.post("pricePage",
                Map.of("slug", "cobalt", "from", "2025-01-01", "to", "2026-04-29", "base", "2020-01-01"));
        assertNull(page.get("errors"));
        assertNull(page.get("data.commodity.change.computed"));
        assertNotNull(page.get("data.commodity.change.reason"));
        assertNull(page.get("data.commodity.rebased"), "no print on or before the base date");
    }

    @Test
    void aPartnerPagesThroughAWholeSeriesWithNoGapAndNoDuplicate() {
        List<String> dates = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("slug", "cobalt");
            variables.put("first", 5);
            variables.put("after", after);
            JsonPath page = GraphQLClient.post("historyPage", variables);
            assertNull(page.get("errors"), () -> page.prettify());
            assertEquals(12, page.getInt("data.commodity.history.totalCount"));
            page.getList("data.commodity.history.edges.node.date", String.class).forEach(dates::add);
            more = page.getBoolean("data.commodity.history.pageInfo.hasNextPage");
            after = page.getString("data.commodity.history.pageInfo.endCursor");
            pages++;
            assertTrue(pages <= 3, "12 prints in pages of 5 take 3 pages");
        }
        assertEquals(3, pages);
        assertEquals(12, dates.size());
        assertEquals(12, dates.stream().distinct().count());
        assertEquals("2026-01-21", dates.get(0));
        assertEquals("2026-04-29", dates.get(11));
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void pagesBackwardsFromTheEnd() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", "cobalt");
        variables.put("last", 3);
        JsonPath page = GraphQLClient.post("historyPage", variables);
        assertEquals(List.of("2026-03-25", "2026-04-01", "2026-04-29"),
                page.getList("data.commodity.history.nodes.date", String.class));
        assertTrue(page.getBoolean("data.commodity.history.pageInfo.hasPreviousPage"));
        variables.put("before", page.getString("data.commodity.history.pageInfo.startCursor"));
        JsonPath earlier = GraphQLClient.post("historyPage", variables);
        assertEquals(List.of("2026-03-04", "2026-03-11", "2026-03-18"),
                earlier.getList("data.commodity.history.nodes.date", String.class));
    }

    @Test
    void comparesSeriesOnCommonDatesWithTheirCorrelation() {
        JsonPath response = GraphQLClient.postQuery("""
                { compare(slugs: ["lithium-carbonate", "lithium-hydroxide", "cobalt"]) {
                    dates series { commodity { slug } values } correlations { first second coefficient } } }""",
                Map.of());
        assertNull(response.get("errors"), () -> response.prettify());
        List<String> dates = response.getList("data.compare.dates", String.class);
        assertFalse(dates.isEmpty());
        assertTrue(dates.contains("2026-04-01"), "all three printed on 2026-04-01");
        assertFalse(dates.contains("2026-05-27"), "cobalt did not print on 2026-05-27");
        assertEquals(3, response.getList("data.compare.series").size());
        assertEquals(dates.size(), response.getList("data.compare.series[0].values").size());
        assertEquals(3, response.getList("data.compare.correlations").size());
    }

    @Test
    void sectorsAndCommoditiesOfASector() {
        JsonPath response = GraphQLClient.postQuery(
                "{ sectors { slug name commodityCount } commodities(sector: \"lithium\") { slug } }", Map.of());
        assertEquals(List.of("lithium", "lithium-carbonate", "lithium-hydroxide"),
                response.getList("data.commodities.slug", String.class));
        assertEquals("lithium", response.getString("data.sectors[0].slug"));
        assertEquals(3, response.getInt("data.sectors[0].commodityCount"));
        assertTrue(response.getList("data.sectors.slug", String.class).containsAll(
                List.of("cobalt", "nickel", "graphite", "anode", "cathode", "batteries", "recycling", "rare-earths")));
    }

    private static BigDecimal percent(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
