package dev.assay.price.calc;

import static dev.assay.price.calc.TestPrints.ascending;
import static dev.assay.price.calc.TestPrints.decimal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.assay.commodity.UpdateFrequency;

class IndexDeltasTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | basis        | frequency | series                                                                  | base date  | percent
            one print has no previous                     | PREVIOUS     | WEEKLY    | 2026-03-04=100                                                          |            |
            one print has no week base                    | WEEK         | WEEKLY    | 2026-03-04=100                                                          |            |
            one print has no year-on-year base            | YEAR_ON_YEAR | MONTHLY   | 2026-03-04=100                                                          |            |
            one mid-year weekly print has no YTD base     | YEAR_TO_DATE | WEEKLY    | 2026-03-04=100                                                          |            |
            one monthly print has no YTD base             | YEAR_TO_DATE | MONTHLY   | 2026-03-04=100                                                          |            |
            one weekly print on 1 January is its own base | YEAR_TO_DATE | WEEKLY    | 2026-01-01=100                                                          | 2026-01-01 | 0.00
            equal consecutive prints                      | PREVIOUS     | WEEKLY    | 2026-01-07=100 2026-01-14=100                                           | 2026-01-07 | 0.00
            equal prints a week apart                     | WEEK         | WEEKLY    | 2026-01-07=100 2026-01-14=100                                           | 2026-01-07 | 0.00
            monthly YTD from a print on 31 December       | YEAR_TO_DATE | MONTHLY   | 2025-12-31=80 2026-01-01=82 2026-01-31=84                               | 2025-12-31 | 5.00
            weekly YTD from a print on 1 January          | YEAR_TO_DATE | WEEKLY    | 2025-12-31=80 2026-01-01=82 2026-01-31=84                               | 2026-01-01 | 2.44
            biweekly YTD from 1 January, no prior year    | YEAR_TO_DATE | BIWEEKLY  | 2026-01-01=82 2026-01-15=86.1                                           | 2026-01-01 | 5.00
            monthly YTD without a December print          | YEAR_TO_DATE | MONTHLY   | 2025-11-28=80 2026-01-01=82 2026-02-27=86                               | 2025-11-28 | 7.50
            quarterly YTD from the prior year's last      | YEAR_TO_DATE | QUARTERLY | 2025-09-30=190 2025-12-31=200 2026-03-31=210                            | 2025-12-31 | 5.00
            monthly YTD without any prior-year print      | YEAR_TO_DATE | MONTHLY   | 2026-01-30=81.69 2026-04-30=82.93                                       |            |
            weekly latest is first of year: 0%           | YEAR_TO_DATE | WEEKLY    | 2025-12-24=100 2026-01-07=110                                           | 2026-01-07 | 0.00
            monthly latest is first of year: December     | YEAR_TO_DATE | MONTHLY   | 2025-12-15=64.08 2026-01-15=72.79                                       | 2025-12-15 | 13.59
            weekly history starting mid-year              | YEAR_TO_DATE | WEEKLY    | 2026-01-21=241.15 2026-01-28=241.15 2026-04-29=244.61                   |            |
            YoY at a leap day falls to 28 February        | YEAR_ON_YEAR | MONTHLY   | 2023-02-27=90 2023-02-28=100 2023-03-01=110 2024-02-29=120              | 2023-02-28 | 20.00
            YoY the year after a leap day skips 29 Feb    | YEAR_ON_YEAR | MONTHLY   | 2024-02-28=100 2024-02-29=105 2025-02-28=110                            | 2024-02-28 | 10.00
            YoY on 1 January from 1 January               | YEAR_ON_YEAR | WEEKLY    | 2024-12-31=100 2025-01-01=90 2026-01-01=99                              | 2025-01-01 | 10.00
            YoY on 1 January falls back to 31 December    | YEAR_ON_YEAR | WEEKLY    | 2024-12-31=100 2025-01-02=90 2026-01-01=99                              | 2024-12-31 | -1.00
            six months back lands on a leap day           | HALF_YEAR    | MONTHLY   | 2024-02-28=100 2024-02-29=104 2024-03-01=108 2024-08-31=130             | 2024-02-29 | 25.00
            six months back in a common year              | HALF_YEAR    | MONTHLY   | 2025-02-27=100 2025-02-28=104 2025-03-01=108 2025-08-31=130             | 2025-02-28 | 25.00
            one month back lands on a leap day            | MONTH        | MONTHLY   | 2024-02-28=100 2024-02-29=104 2024-03-31=117                            | 2024-02-29 | 12.50
            three months back falls to an earlier print   | QUARTER      | BIWEEKLY  | 2026-02-18=324 2026-03-04=346.6 2026-05-27=411.01                       | 2026-02-18 | 26.85
            week base exactly seven days back             | WEEK         | WEEKLY    | 2026-03-04=100 2026-03-11=101 2026-03-18=102 2026-03-25=104             | 2026-03-18 | 1.96
            week base across a gap is two weeks back      | WEEK         | WEEKLY    | 2026-03-04=100 2026-03-11=101 2026-03-25=104                            | 2026-03-11 | 2.97
            previous print across a gap                   | PREVIOUS     | WEEKLY    | 2026-03-04=100 2026-03-11=101 2026-03-25=104                            | 2026-03-11 | 2.97
            week base missing before the history starts   | WEEK         | WEEKLY    | 2026-03-20=100 2026-03-25=104                                           |            |
            week base across the year boundary            | WEEK         | WEEKLY    | 2025-12-31=100 2026-01-07=101                                           | 2025-12-31 | 1.00
            """)
    void computesTheBaseAndPercent(String name, DeltaBasis basis, UpdateFrequency frequency, String series,
            LocalDate expectedBaseDate, BigDecimal expectedPercent) {
        List<Print> prints = ascending(series);
        Print latest = prints.get(prints.size() - 1);

        DeltaComputation delta = IndexDeltas.compute(basis, prints, frequency.yearToDateBase());

        assertEquals(basis, delta.basis());
        assertEquals(latest.date(), delta.date());
        assertEquals(latest.value(), delta.value());
        assertEquals(expectedBaseDate, delta.baseDate());
        assertEquals(expectedPercent, IndexDeltas.roundPercent(delta.percent()));
        assertEquals(expectedBaseDate != null, delta.isKnown());
        if (delta.isKnown()) {
            assertNull(delta.missingReason());
            assertEquals(delta.value().subtract(delta.baseValue()), delta.change());
        } else {
            assertNotNull(delta.missingReason());
            assertNull(delta.baseValue());
            assertNull(delta.change());
        }
    }

    @Test
    void keepsTheChangeExactAndThePercentAtTenDecimals() {
        List<Print> lithium = ascending("2025-12-24=203.79 2026-01-07=233.73 2026-05-13=408.51 2026-05-27=411.01");

        DeltaComputation ytd = IndexDeltas.compute(DeltaBasis.YEAR_TO_DATE, lithium, UpdateFrequency.BIWEEKLY.yearToDateBase());

        assertEquals(LocalDate.parse("2026-01-07"), ytd.baseDate());
        assertEquals(new BigDecimal("233.73"), ytd.baseValue());
        assertEquals(new BigDecimal("177.28"), ytd.change());
        assertEquals(new BigDecimal("75.8482009156"), ytd.percent());
        assertEquals(new BigDecimal("75.85"), IndexDeltas.roundPercent(ytd.percent()));
    }

    @Test
    void explainsAMissingYearOnYearBase() {
        List<Print> prints = ascending("2025-06-10=100 2026-05-27=120");

        DeltaComputation yoy = IndexDeltas.compute(DeltaBasis.YEAR_ON_YEAR, prints, UpdateFrequency.WEEKLY.yearToDateBase());

        assertFalse(yoy.isKnown());
        assertNull(yoy.percent());
        assertEquals("No print on or before 2025-05-27 is stored, so the year-on-year base is unknown.",
                yoy.missingReason());
    }

    @Test
    void explainsAMissingPreviousPrint() {
        DeltaComputation previous = IndexDeltas.compute(DeltaBasis.PREVIOUS, ascending("2026-03-04=100"),
                UpdateFrequency.WEEKLY.yearToDateBase());

        assertEquals("Only one print (2026-03-04) is stored, so there is no previous print.",
                previous.missingReason());
        assertEquals(LocalDate.parse("2026-03-04"), previous.date());
        assertEquals(new BigDecimal("100"), previous.value());
    }

    @Test
    void explainsAWeeklyHistoryThatStartsMidYear() {
        List<Print> cobalt = ascending("2026-01-21=241.15 2026-01-28=241.15 2026-04-01=252.61 2026-04-29=244.61");

        DeltaComputation ytd = IndexDeltas.compute(DeltaBasis.YEAR_TO_DATE, cobalt, UpdateFrequency.WEEKLY.yearToDateBase());

        assertEquals("The stored history starts on 2026-01-21, so the first print of 2026, "
                + "the year-to-date base, may be missing.", ytd.missingReason());
    }

    @Test
    void explainsAMissingMonthlyYearToDateBase() {
        DeltaComputation ytd = IndexDeltas.compute(DeltaBasis.YEAR_TO_DATE,
                ascending("2026-01-30=81.69 2026-04-30=82.93"), UpdateFrequency.MONTHLY.yearToDateBase());

        assertEquals("No print on or before 2025-12-31 is stored, so the year-to-date base is unknown.",
                ytd.missingReason());
    }

    @Test
    void reportsAZeroBaseAsMissingButKeepsTheBasePrint() {
        DeltaComputation previous = IndexDeltas.compute(DeltaBasis.PREVIOUS,
                ascending("2026-03-04=0 2026-03-11=5"), UpdateFrequency.WEEKLY.yearToDateBase());

        assertFalse(previous.isKnown());
        assertNull(previous.percent());
        assertEquals(LocalDate.parse("2026-03-04"), previous.baseDate());
        assertEquals(new BigDecimal("5"), previous.change());
        assertEquals("The base print on 2026-03-04 is zero, so the percentage change is undefined.",
                previous.missingReason());
    }

    @Test
    void rejectsAnEmptySeries() {
        assertThrows(IllegalArgumentException.class,
                () -> IndexDeltas.compute(DeltaBasis.PREVIOUS, List.of(), UpdateFrequency.WEEKLY.yearToDateBase()));
        assertThrows(IllegalArgumentException.class,
                () -> IndexDeltas.standardSet(List.of(), UpdateFrequency.WEEKLY.yearToDateBase()));
    }

    @Test
    void rejectsUnsortedOrDuplicateDates() {
        List<Print> unsorted = List.of(TestPrints.print("2026-03-11=1"), TestPrints.print("2026-03-04=1"));
        List<Print> duplicate = List.of(TestPrints.print("2026-03-04=1"), TestPrints.print("2026-03-04=2"));

        assertThrows(IllegalArgumentException.class,
                () -> IndexDeltas.compute(DeltaBasis.PREVIOUS, unsorted, UpdateFrequency.WEEKLY.yearToDateBase()));
        assertThrows(IllegalArgumentException.class,
                () -> IndexDeltas.compute(DeltaBasis.PREVIOUS, duplicate, UpdateFrequency.WEEKLY.yearToDateBase()));
    }

    @Test
    void rejectsWindowAsAComputedBasis() {
        assertThrows(IllegalArgumentException.class,
                () -> IndexDeltas.compute(DeltaBasis.WINDOW, ascending("2026-03-04=1"), UpdateFrequency.WEEKLY.yearToDateBase()));
    }

    @Test
    void standardSetListsTheSevenBasesInOrder() {
        List<Print> prints = ascending("2025-05-20=100 2025-11-20=110 2025-12-31=120 2026-02-20=125 "
                + "2026-04-20=130 2026-05-13=132 2026-05-20=135");

        List<DeltaComputation> deltas = IndexDeltas.standardSet(prints, UpdateFrequency.WEEKLY.yearToDateBase());

        assertEquals(List.of(DeltaBasis.PREVIOUS, DeltaBasis.WEEK, DeltaBasis.MONTH, DeltaBasis.QUARTER,
                DeltaBasis.HALF_YEAR, DeltaBasis.YEAR_TO_DATE, DeltaBasis.YEAR_ON_YEAR),
                deltas.stream().map(DeltaComputation::basis).toList());
        assertEquals(List.of("2026-05-13", "2026-05-13", "2026-04-20", "2026-02-20", "2025-11-20", "2026-02-20",
                "2025-05-20"), deltas.stream().map(d -> d.baseDate().toString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                              | from       | to         | end date   | base date  | percent
            whole history                       | 2026-01-07 | 2026-05-27 | 2026-05-27 | 2026-01-07 | 75.85
            dates between prints fall back      | 2026-01-10 | 2026-05-20 | 2026-05-13 | 2026-01-07 | 74.78
            the same day is 0%                  | 2026-05-13 | 2026-05-13 | 2026-05-13 | 2026-05-13 | 0.00
            no print between the dates is 0%    | 2026-02-01 | 2026-04-30 | 2026-01-07 | 2026-01-07 | 0.00
            base before the history is missing  | 2025-12-01 | 2026-05-27 | 2026-05-27 |            |
            end before the history is missing   | 2025-01-01 | 2025-06-01 |            |            |
            """)
    void measuresAWindow(String name, LocalDate from, LocalDate to, LocalDate expectedEnd, LocalDate expectedBase,
            BigDecimal expectedPercent) {
        List<Print> prints = ascending("2026-01-07=233.73 2026-05-13=408.51 2026-05-27=411.01");

        DeltaComputation window = IndexDeltas.window(prints, from, to);

        assertEquals(DeltaBasis.WINDOW, window.basis());
        assertEquals(expectedEnd, window.date());
        assertEquals(expectedBase, window.baseDate());
        assertEquals(expectedPercent, IndexDeltas.roundPercent(window.percent()));
        assertEquals(expectedBase != null, window.isKnown());
    }

    @Test
    void explainsAWindowWithoutBaseOrEnd() {
        List<Print> prints = ascending("2026-01-07=233.73 2026-05-27=411.01");

        assertEquals("No print on or before 2025-12-01 is stored, so the window base is unknown.",
                IndexDeltas.window(prints, LocalDate.parse("2025-12-01"), LocalDate.parse("2026-05-27"))
                        .missingReason());
        DeltaComputation noEnd = IndexDeltas.window(prints, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-06-01"));
        assertEquals("No print on or before 2025-06-01 is stored, so the window has no end print.",
                noEnd.missingReason());
        assertNull(noEnd.value());
        assertFalse(IndexDeltas.window(List.of(), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-01"))
                .isKnown());
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> IndexDeltas.window(ascending("2026-01-07=1"),
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            75.8482009156 | 75.85
            75.845        | 75.85
            75.8449999999 | 75.84
            -1.925        | -1.93
            -1.9249       | -1.92
            0             | 0.00
            12.5          | 12.50
            """)
    void roundsPercentHalfUpToTwoDecimals(BigDecimal percent, BigDecimal expected) {
        assertEquals(expected, IndexDeltas.roundPercent(percent));
    }

    @Test
    void roundsNullToNull() {
        assertNull(IndexDeltas.roundPercent(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | 0
            2026-01-07 | 1
            2026-01-08 | 1
            2026-05-13 | 2
            2026-05-26 | 2
            2026-05-27 | 3
            2027-01-01 | 3
            """)
    void cutsTheSeriesAtTheAsOfDate(LocalDate asOf, int expectedCount) {
        List<Print> prints = ascending("2026-01-07=233.73 2026-05-13=408.51 2026-05-27=411.01");

        List<Print> upTo = IndexDeltas.upTo(prints, asOf);

        assertEquals(prints.subList(0, expectedCount), upTo);
        assertTrue(upTo.stream().noneMatch(p -> p.date().isAfter(asOf)));
        assertEquals(List.of(), IndexDeltas.upTo(List.of(), asOf));
    }

    @Test
    void listsTheTrendNewestFirst() {
        List<Print> prints = ascending("2026-01-07=233.73 2026-05-13=408.51 2026-05-27=411.01");

        assertEquals(List.of(prints.get(2), prints.get(1)), IndexDeltas.trend(prints, 2));
        assertEquals(List.of(prints.get(2), prints.get(1), prints.get(0)), IndexDeltas.trend(prints, 12));
        assertEquals(List.of(), IndexDeltas.trend(prints, 0));
        assertThrows(IllegalArgumentException.class, () -> IndexDeltas.trend(prints, -1));
    }

    @ParameterizedTest
    @EnumSource(DeltaBasis.class)
    void describesEveryBasis(DeltaBasis basis) {
        assertFalse(basis.description().isBlank());
    }

    @Test
    void rejectsAnIncompletePrintOrDelta() {
        assertThrows(NullPointerException.class, () -> new Print(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new Print(LocalDate.parse("2026-01-07"), null));
        assertThrows(NullPointerException.class, () -> new DeltaComputation(DeltaBasis.PREVIOUS,
                LocalDate.parse("2026-01-07"), BigDecimal.ONE, LocalDate.parse("2026-01-01"), BigDecimal.ONE,
                BigDecimal.ZERO, null, null));
        assertThrows(IllegalArgumentException.class, () -> new DeltaComputation(DeltaBasis.PREVIOUS,
                LocalDate.parse("2026-01-07"), BigDecimal.ONE, null, null, null, decimal("1"), "Unknown."));
    }
}
