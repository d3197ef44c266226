package dev.assay.commodity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.SeedFacts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CommodityQueryTest {

    @Test
    void listsTheFifteenSeedIndicesInTickerOrderWithTheirMetadata() {
        JsonPath response = GraphQLClient.post("commodities", new HashMap<>());
        assertNull(response.get("errors"));
        List<String> slugs = response.getList("data.commodities.slug", String.class);
        assertEquals(SeedFacts.TICKER_SLUGS, slugs.subList(0, SeedFacts.COMMODITIES));
        assertEquals("Lithium Carbonate", response.getString("data.commodities[1].name"));
        assertEquals("BIWEEKLY", response.getString("data.commodities[1].updateFrequency"));
        assertEquals("Updated every 2 weeks", response.getString("data.commodities[1].updateFrequencyText"));
        assertEquals("/lithium/prices", response.getString("data.commodities[1].pricePageUrl"));
        assertEquals("WEEKLY", response.getString("data.commodities[3].updateFrequency"));
        assertEquals("MONTHLY", response.getString("data.commodities[5].updateFrequency"));
        assertFalse(response.getBoolean("data.commodities[0].isProtected"));
        assertEquals("graphite", response.getString("data.commodities[6].sector"));
    }

    @Test
    void anUnknownSectorHasNoCommodities() {
        JsonPath response = GraphQLClient.post("commodities", Map.of("sector", "unobtainium"));
        assertNull(response.get("errors"));
        assertEquals(List.of(), response.getList("data.commodities"));
    }
}
