package dev.assay.price.calc;

import static dev.assay.price.calc.TestPrints.ascending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowStatisticsTest {

    /** Up 25%, down 20% twice, then up 83.0125%; four years apart so the growth rate is exactly 10% a year. */
    private static final String HAND_COMPUTED =
            "2021-01-01=100 2022-01-01=125 2023-01-01=100 2024-01-01=80 2025-01-01=146.41";

    @Test
    void summarisesAHandComputedSeries() {
        WindowStatistics stats = WindowStatistics.of(ascending(HAND_COMPUTED));

        assertEquals(LocalDate.parse("2021-01-01"), stats.from());
        assertEquals(LocalDate.parse("2025-01-01"), stats.to());
        assertEquals(5, stats.count());
        assertEquals(new BigDecimal("100"), stats.first());
        assertEquals(new BigDecimal("146.41"), stats.last());
        assertEquals(new BigDecimal("80"), stats.min());
        assertEquals(LocalDate.parse("2024-01-01"), stats.minDate());
        assertEquals(new BigDecimal("146.41"), stats.max());
        assertEquals(LocalDate.parse("2025-01-01"), stats.maxDate());
        assertEquals(new BigDecimal("110.282000"), stats.mean());
        // Returns 25, -20, -20, 83.0125: mean 17.003125, squared deviations sum to 7159.6501171875, / 3, sqrt.
        assertEquals(new BigDecimal("48.8523289011"), stats.volatility());
        // From the 125 peak down to 80.
        assertEquals(new BigDecimal("-36.0000000000"), stats.maxDrawdown());
        // 146.41 / 100 = 1.1^4 over 1461 days = 4 * 365.25.
        assertEquals(new BigDecimal("10.0000000000"), stats.cagr());
    }

    @Test
    void summarisesASinglePrint() {
        WindowStatistics stats = WindowStatistics.of(ascending("2026-03-04=244.61"));

        assertEquals(1, stats.count());
        assertEquals(stats.first(), stats.last());
        assertEquals(new BigDecimal("244.61"), stats.min());
        assertEquals(new BigDecimal("244.61"), stats.max());
        assertEquals(new BigDecimal("244.610000"), stats.mean());
        assertNull(stats.volatility());
        assertEquals(0, stats.maxDrawdown().signum());
        assertNull(stats.cagr());
    }

    @Test
    void needsThreePrintsForVolatility() {
        WindowStatistics stats = WindowStatistics.of(ascending("2025-01-01=100 2026-01-01=110"));

        assertNull(stats.volatility());
        assertEquals(new BigDecimal("10.0071811384"), stats.cagr());
    }

    @Test
    void findsNoDrawdownInARisingSeriesAndNoVolatilityInAFlatOne() {
        assertEquals(0, WindowStatistics.of(ascending("2026-01-07=100 2026-01-14=101 2026-01-21=105"))
                .maxDrawdown().signum());

        WindowStatistics flat = WindowStatistics.of(ascending("2026-01-07=100 2026-01-14=100 2026-01-21=100"));
        assertEquals(0, flat.volatility().signum());
        assertEquals(0, flat.maxDrawdown().signum());
        assertEquals(0, flat.cagr().signum());
    }

    @Test
    void measuresTheDeepestOfSeveralDrawdowns() {
        // 100 -> 90 is -10%; the later 200 -> 150 is -25%.
        WindowStatistics stats = WindowStatistics.of(ascending(
                "2026-01-07=100 2026-01-14=90 2026-01-21=200 2026-01-28=150 2026-02-04=210"));

        assertEquals(new BigDecimal("-25.0000000000"), stats.maxDrawdown());
    }

    @Test
    void datesTheEarliestOfTiedExtremes() {
        WindowStatistics stats = WindowStatistics.of(ascending(
                "2026-01-07=100 2026-01-14=90 2026-01-21=100 2026-01-28=90"));

        assertEquals(LocalDate.parse("2026-01-14"), stats.minDate());
        assertEquals(LocalDate.parse("2026-01-07"), stats.maxDate());
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # first print      | last print        | cagr %
            2021-01-01=100     | 2025-01-01=146.41 | 10.00
            2025-01-01=100     | 2026-01-01=110    | 10.01
            2024-01-01=100     | 2025-01-01=90     | -9.98
            2024-01-01=100     | 2025-01-01=100    | 0.00
            2024-01-01=100     | 2025-01-01=0      | -100.00
            2026-01-01=100     | 2026-01-11=50     | -100.00
            2024-01-01=0       | 2025-01-01=100    |
            2024-01-01=-5      | 2025-01-01=100    |
            2024-01-01=100     | 2025-01-01=-5     |
            2026-01-01=1       | 2026-01-02=1000   |
            """)
    void annualisesGrowth(String firstPrint, String lastPrint, BigDecimal expectedCagr) {
        WindowStatistics stats = WindowStatistics.of(ascending(firstPrint + " " + lastPrint));

        assertEquals(expectedCagr, IndexDeltas.roundPercent(stats.cagr()));
    }

    @Test
    void skipsVolatilityWhenAZeroPrintLeavesAReturnUndefined() {
        assertNull(WindowStatistics.of(ascending("2026-01-07=100 2026-01-14=0 2026-01-21=100")).volatility());
    }

    @Test
    void rejectsAnEmptyOrUnsortedSeries() {
        assertThrows(IllegalArgumentException.class, () -> WindowStatistics.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> WindowStatistics.of(
                List.of(TestPrints.print("2026-01-14=1"), TestPrints.print("2026-01-07=1"))));
    }
}
