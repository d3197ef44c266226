package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import dev.assay.support.SqlStatements;
import dev.assay.support.TestSeries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The ticker costs the same few SQL statements whether 15 or 1,500 commodities exist, when it is computed (an answer
 * from the cache costs none).
 */
@QuarkusTest
class TickerStatementCountTest {

    private static final int MAX_STATEMENTS = 3;

    @Inject
    TestSeries series;

    @AfterEach
    void removeBulkCommodities() {
        series.deleteSector("statement-count");
    }

    @Test
    void tickerOfTheSeedsRunsAtMostThreeStatements() {
        assertTrue(tickerStatements(entries()) <= MAX_STATEMENTS);
    }

    @Test
    void tickerOfFifteenHundredCommoditiesRunsTheSameStatements() {
        int before = entries();
        long seedOnly = tickerStatements(before);
        series.createBulk("statement-count", 1_485, 30);
        long bulk = tickerStatements(before + 1_485);
        assertTrue(bulk <= MAX_STATEMENTS, "ticker ran " + bulk + " statements");
        assertEquals(seedOnly, bulk);
    }

    /** Other test classes may leave commodities behind (revisions are never deleted): count, don't assume. */
    private static int entries() {
        int count = GraphQLClient.postQuery("{ ticker { label } }", Map.of()).getList("data.ticker").size();
        assertTrue(count >= 15);
        return count;
    }

    @Test
    void commodityDeltasFromAListAreBatched() {
        series.createBulk("statement-count", 200, 30);
        long statements = SqlStatements.countDuring(() -> {
            JsonPath response = GraphQLClient.postQuery(
                    "{ commodities { slug latest { date value } previous { value } deltas { basis value } } }", computed());
            assertNull(response.get("errors"));
            assertTrue(response.getList("data.commodities").size() >= 215);
        });
        assertTrue(statements <= 5, "commodities with deltas ran " + statements + " statements");
    }

    /** A variable of its own (the document does not use it): the answer is computed, never taken from the cache. */
    private static Map<String, Object> computed() {
        return Map.of("statementCount", UUID.randomUUID().toString());
    }

    private static long tickerStatements(int expectedEntries) {
        AtomicReference<List<Object>> entries = new AtomicReference<>();
        long statements = SqlStatements.countDuring(() -> {
            JsonPath response = GraphQLClient.post("ticker", computed());
            assertNull(response.get("errors"));
            entries.set(response.getList("data.ticker"));
        });
        assertEquals(expectedEntries, entries.get().size());
        return statements;
    }
}
