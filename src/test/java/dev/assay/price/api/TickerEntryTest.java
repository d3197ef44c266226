package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.assay.commodity.Commodity;
import dev.assay.commodity.UpdateFrequency;
import dev.assay.price.calc.TestPrints;

/** What a ticker entry holds, and which of its properties it withholds. */
class TickerEntryTest {

    private static final List<String> VALUES = List.of("publishedDate", "today", "last", "percentageChange",
            "yearToDate", "yearOnYear", "oneYearIndexTrend", "deltas");

    @Test
    void aWithheldEntryHoldsNoValueAndRefusesEachOne() {
        TickerEntry entry = TickerEntries.withheld(protectedCommodity());
        assertNull(entry.publishedDate);
        assertNull(entry.today);
        assertNull(entry.last);
        assertNull(entry.percentageChange);
        assertNull(entry.yearToDate);
        assertNull(entry.yearOnYear);
        assertNull(entry.oneYearIndexTrend);
        assertNull(entry.deltas);
        for (String value : VALUES) {
            assertNotNull(entry.withheld(value), value);
            assertTrue(entry.withheld(value).getMessage().contains("pro"), "names the tier");
        }
        assertNull(entry.withheld("label"), "metadata stays readable");
        assertNull(entry.withheld("subscription"));
    }

    @Test
    void anEntryTheCallerMaySeeRefusesNothing() {
        TickerEntry entry = TickerEntries.entry(protectedCommodity(),
                TestPrints.ascending("2026-05-20=100.00 2026-05-27=101.50"), null);
        assertEquals(new BigDecimal("101.50"), entry.today);
        for (String value : VALUES) {
            assertNull(entry.withheld(value), value);
        }
    }

    private static Commodity protectedCommodity() {
        Commodity commodity = new Commodity();
        commodity.slug = "protected-index";
        commodity.name = "Protected index";
        commodity.updateFrequency = UpdateFrequency.WEEKLY;
        commodity.updateFrequencyText = "Updated every week";
        commodity.subscriptionTier = "pro";
        return commodity;
    }
}
