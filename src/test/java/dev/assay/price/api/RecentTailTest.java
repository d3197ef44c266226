package dev.assay.price.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.assay.commodity.Commodity;
import dev.assay.commodity.UpdateFrequency;
import dev.assay.price.calc.IndexDeltas;
import dev.assay.price.calc.Print;
import dev.assay.price.store.PriceRepository;
import dev.assay.support.TestSeries;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The recent tail reads one print per delta base instead of a whole year of history. Whatever it leaves
 * out, the ticker's answer must be the one the full series gives: same deltas, same bases, same trend.
 */
@QuarkusTest
class RecentTailTest {

    private static final String SECTOR = "recent-tail";
    private static final LocalDate HISTORY_START = LocalDate.of(2023, 11, 6);
    private static final LocalDate HISTORY_END = LocalDate.of(2026, 3, 31);

    @Inject
    PriceRepository prices;

    @Inject
    TestSeries series;

    @AfterEach
    void removeSeries() {
        series.deleteSector(SECTOR);
    }

    @Test
    void businessDailySeriesGivesTheFullSeriesDeltasOnEveryDayOfAYear() {
        series.create("recent-tail-daily", SECTOR, "WEEKLY", null, businessDays(new Random(7)));
        assertTailAgreesWithFullSeries("recent-tail-daily", UpdateFrequency.WEEKLY);
    }

    @Test
    void irregularMonthlySeriesGivesTheFullSeriesDeltas() {
        series.create("recent-tail-monthly", SECTOR, "MONTHLY", null, irregular(new Random(11)));
        assertTailAgreesWithFullSeries("recent-tail-monthly", UpdateFrequency.MONTHLY);
    }

    @Test
    void irregularWeeklySeriesGivesTheFullSeriesYearToDateFromTheFirstPrintOfTheYear() {
        series.create("recent-tail-weekly", SECTOR, "WEEKLY", null, irregular(new Random(13)));
        assertTailAgreesWithFullSeries("recent-tail-weekly", UpdateFrequency.WEEKLY);
    }

    private void assertTailAgreesWithFullSeries(String slug, UpdateFrequency frequency) {
        long id = Commodity.findBySlug(slug).orElseThrow().id;
        List<Print> full = prices.range(List.of(id), PriceRepository.BEGINNING, PriceRepository.UNBOUNDED).get(id);
        int checked = 0;
        for (LocalDate asOf = HISTORY_END.minusYears(1); !asOf.isAfter(HISTORY_END); asOf = asOf.plusDays(1)) {
            List<Print> expectedSeries = IndexDeltas.upTo(full, asOf);
            List<Print> tail = prices.recentTails(List.of(id), asOf).getOrDefault(id, List.of());
            assertTrue(tail.size() <= 19, "tail of " + tail.size() + " prints as of " + asOf);
            assertEquals(IndexDeltas.standardSet(expectedSeries, frequency.yearToDateBase()), IndexDeltas.standardSet(tail, frequency.yearToDateBase()),
                    "deltas as of " + asOf);
            assertEquals(IndexDeltas.trend(expectedSeries, TickerEntries.TREND_LENGTH), IndexDeltas.trend(tail, TickerEntries.TREND_LENGTH),
                    "trend as of " + asOf);
            checked++;
        }
        assertTrue(checked > 360);
    }

    /** Monday to Friday, random walk, 2 decimals. */
    private static Object[] businessDays(Random random) {
        List<Object> datesAndValues = new ArrayList<>();
        BigDecimal value = new BigDecimal("1000.00");
        for (LocalDate day = HISTORY_START; !day.isAfter(HISTORY_END); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            value = step(value, random);
            datesAndValues.add(day.toString());
            datesAndValues.add(value);
        }
        return datesAndValues.toArray();
    }

    /** Gaps of 1 to 45 days, so bases fall between prints, on year ends and month ends. */
    private static Object[] irregular(Random random) {
        List<Object> datesAndValues = new ArrayList<>();
        BigDecimal value = new BigDecimal("250.00");
        for (LocalDate day = HISTORY_START; !day.isAfter(HISTORY_END); day = day.plusDays(1 + random.nextInt(45))) {
            value = step(value, random);
            datesAndValues.add(day.toString());
            datesAndValues.add(value);
        }
        return datesAndValues.toArray();
    }

    private static BigDecimal step(BigDecimal value, Random random) {
        BigDecimal next = value.add(BigDecimal.valueOf(random.nextInt(2001) - 1000, 2));
        return next.signum() > 0 ? next : new BigDecimal("0.01");
    }
}
