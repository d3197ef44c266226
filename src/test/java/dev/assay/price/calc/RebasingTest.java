package dev.assay.price.calc;

import static dev.assay.price.calc.TestPrints.ascending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RebasingTest {

    private static final List<Print> SERIES = ascending("2026-01-07=200 2026-01-14=250 2026-01-21=150");

    @ParameterizedTest(name = "based on {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # base date | rebased values, oldest first
            2026-01-07  | 100.000000 125.000000 75.000000
            2026-01-14  | 80.000000 100.000000 60.000000
            2026-01-17  | 80.000000 100.000000 60.000000
            2026-01-21  | 133.333333 166.666667 100.000000
            2027-01-01  | 133.333333 166.666667 100.000000
            """)
    void rebasesOnTheLastPrintOnOrBeforeTheBaseDate(LocalDate base, String expected) {
        List<Print> rebased = Rebasing.rebase(SERIES, base).orElseThrow();

        assertEquals(SERIES.stream().map(Print::date).toList(), rebased.stream().map(Print::date).toList());
        assertEquals(Arrays.stream(expected.split(" ")).map(BigDecimal::new).toList(),
                rebased.stream().map(Print::value).toList());
    }

    @Test
    void keepsSixDecimalsRoundedHalfUp() {
        List<Print> lithium = ascending("2026-01-07=233.73 2026-05-27=411.01");

        List<Print> rebased = Rebasing.rebase(lithium, LocalDate.parse("2026-01-07")).orElseThrow();

        assertEquals(new BigDecimal("175.848201"), rebased.get(1).value());
    }

    @Test
    void hasNoRebasingWithoutABasePrint() {
        assertTrue(Rebasing.rebase(SERIES, LocalDate.parse("2026-01-06")).isEmpty());
        assertTrue(Rebasing.rebase(List.of(), LocalDate.parse("2026-01-06")).isEmpty());
    }

    @Test
    void hasNoRebasingOnAZeroPrint() {
        assertTrue(Rebasing.rebase(ascending("2026-01-07=0 2026-01-14=5"), LocalDate.parse("2026-01-07")).isEmpty());
    }

    @Test
    void rejectsAnUnsortedSeries() {
        assertThrows(IllegalArgumentException.class, () -> Rebasing.rebase(
                List.of(TestPrints.print("2026-01-14=1"), TestPrints.print("2026-01-07=1")),
                LocalDate.parse("2026-01-14")));
    }
}
