package dev.assay.price.calc;

import static dev.assay.price.calc.TestPrints.ascending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesAlignmentTest {

    @Test
    void keepsOnlyTheDatesEverySeriesHasInTheCallersKeyOrder() {
        Map<String, List<Print>> series = new LinkedHashMap<>();
        series.put("Nickel", ascending("2026-01-07=120 2026-01-14=121 2026-01-21=122 2026-01-28=123"));
        series.put("Cobalt", ascending("2026-01-14=241 2026-01-21=242 2026-01-28=243"));
        series.put("Lithium", ascending("2026-01-07=233 2026-01-21=298 2026-01-28=300 2026-02-04=337"));

        AlignedSeries aligned = AlignedSeries.of(series);

        assertEquals(List.of(LocalDate.parse("2026-01-21"), LocalDate.parse("2026-01-28")), aligned.dates());
        assertEquals(List.of("Nickel", "Cobalt", "Lithium"), List.copyOf(aligned.values().keySet()));
        assertEquals(decimals("122 123"), aligned.values().get("Nickel"));
        assertEquals(decimals("242 243"), aligned.values().get("Cobalt"));
        assertEquals(decimals("298 300"), aligned.values().get("Lithium"));
    }

    @Test
    void alignsASingleSeriesOnAllItsDates() {
        AlignedSeries aligned = AlignedSeries.of(Map.of("Lithium", ascending("2026-01-07=233 2026-01-21=298")));

        assertEquals(2, aligned.dates().size());
        assertEquals(decimals("233 298"), aligned.values().get("Lithium"));
    }

    @Test
    void hasNoDatesWhenTheSeriesNeverMeetOrThereAreNone() {
        Map<String, List<Print>> series = new LinkedHashMap<>();
        series.put("Nickel", ascending("2026-01-07=120"));
        series.put("Cobalt", ascending("2026-01-14=241"));

        AlignedSeries disjoint = AlignedSeries.of(series);

        assertEquals(List.of(), disjoint.dates());
        assertEquals(List.of(), disjoint.values().get("Nickel"));
        assertEquals(List.of(), AlignedSeries.of(Map.of()).dates());
    }

    @Test
    void rejectsValuesThatDoNotMatchTheDates() {
        assertThrows(IllegalArgumentException.class, () -> new AlignedSeries(List.of(LocalDate.parse("2026-01-07")),
                Map.of("Nickel", List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | a                      | b                          | correlation
            proportional series move together      | 100 110 99 108.9       | 200 220 198 217.8          | 1.000000
            same returns at another level          | 100 110 99 108.9       | 50 55 49.5 54.45           | 1.000000
            returns that mirror each other         | 100 110 99 108.9       | 100 90 99 89.1             | -1.000000
            returns 10 -10 10 0 against 5 0 -5 5   | 100 110 99 108.9 108.9 | 100 105 105 99.75 104.7375 | -0.090909
            two points are too few                 | 100 110                | 100 90                     |
            a flat series does not vary            | 100 100 100            | 100 110 99                 |
            a zero value leaves a return undefined | 100 0 100              | 100 110 99                 |
            """)
    void correlatesPeriodReturns(String name, String a, String b, BigDecimal expected) {
        assertEquals(expected, ReturnCorrelation.of(decimals(a), decimals(b)));
    }

    @Test
    void hasNoCorrelationForEmptySeries() {
        assertNull(ReturnCorrelation.of(List.of(), List.of()));
    }

    @Test
    void rejectsSeriesOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> ReturnCorrelation.of(decimals("1 2 3"), decimals("1 2")));
    }

    private static List<BigDecimal> decimals(String values) {
        return Arrays.stream(values.split(" ")).map(BigDecimal::new).toList();
    }
}
