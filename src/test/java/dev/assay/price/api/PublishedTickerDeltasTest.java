package dev.assay.price.api;

import static dev.assay.price.calc.TestPrints.ascending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.commodity.UpdateFrequency;
import dev.assay.price.calc.DeltaBasis;
import dev.assay.price.calc.DeltaComputation;
import dev.assay.price.calc.IndexDeltas;
import dev.assay.price.calc.Print;

/**
 * The publisher's ticker: each index's latest twelve prints, and the previous-print and year-to-date
 * changes it printed next to them.
 */
class PublishedTickerDeltasTest {

    private static final BigDecimal ONE_HUNDREDTH = new BigDecimal("0.01");

    /**
     * One ticker entry. {@code expectedYtd} is what the stored prints give, null when they cannot tell;
     * it can differ from {@code publishedYtd} by a hundredth because the publisher rounds from unrounded prints.
     */
    record Ticker(String label, UpdateFrequency frequency, String publishedPrevious, String publishedYtd,
            String expectedYtd, String trendNewestFirst) {

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Ticker> tickers() {
        return Stream.of(
                new Ticker("Lithium", UpdateFrequency.BIWEEKLY, "0.61", "75.85", "75.85",
                        "2026-05-27=411.01 2026-05-13=408.51 2026-04-29=372.51 2026-04-15=354.35 2026-04-01=346.55 "
                                + "2026-03-18=351.32 2026-03-04=346.6 2026-02-18=324 2026-02-04=337.67 "
                                + "2026-01-21=298.32 2026-01-07=233.73 2025-12-24=203.79"),
                new Ticker("Lithium Carbonate", UpdateFrequency.BIWEEKLY, "-0.28", "77.12", "77.12",
                        "2026-05-27=449.85 2026-05-13=451.12 2026-04-29=404.38 2026-04-15=381.25 2026-04-01=371.52 "
                                + "2026-03-18=373.01 2026-03-04=366.63 2026-02-18=349.17 2026-02-04=356.81 "
                                + "2026-01-21=316.73 2026-01-07=253.98 2025-12-24=220.12"),
                new Ticker("Lithium Hydroxide", UpdateFrequency.BIWEEKLY, "2.3", "76.32", "76.32",
                        "2026-05-27=358.35 2026-05-13=350.28 2026-04-29=328.09 2026-04-15=316.95 2026-04-01=311.86 "
                                + "2026-03-18=321.41 2026-03-04=319.14 2026-02-18=295.42 2026-02-04=310 "
                                + "2026-01-21=270.4 2026-01-07=203.24 2025-12-24=177.17"),
                // The stored weekly history starts on 21 January, so the first print of 2026 is not known.
                new Ticker("Cobalt", UpdateFrequency.WEEKLY, "-3.17", "3.99", null,
                        "2026-04-29=244.61 2026-04-01=252.61 2026-03-25=252.45 2026-03-18=252.84 2026-03-11=253.48 "
                                + "2026-03-04=252.45 2026-02-25=256.64 2026-02-18=255.58 2026-02-11=253.31 "
                                + "2026-02-04=252.26 2026-01-28=241.15 2026-01-21=241.15"),
                // Biweekly: measured from 14 January, not from the print on 31 December.
                new Ticker("Nickel", UpdateFrequency.BIWEEKLY, "2.09", "12.5", "12.50",
                        "2026-05-20=135.83 2026-05-06=133.05 2026-04-22=125.43 2026-04-08=124.51 2026-03-25=123.94 "
                                + "2026-03-11=123.51 2026-02-25=122.7 2026-02-11=123.79 2026-01-28=128.07 "
                                + "2026-01-14=120.74 2025-12-31=104.29 2025-12-17=103.44"),
                new Ticker("Natural Graphite", UpdateFrequency.MONTHLY, "0.66", "1.66", "1.65",
                        "2026-04-30=82.93 2026-03-31=82.39 2026-02-27=81.92 2026-01-30=81.69 2025-12-31=81.58 "
                                + "2025-11-28=81.35 2025-10-31=81.35 2025-09-30=81.74 2025-08-29=81.56 "
                                + "2025-07-31=82.47 2025-06-30=83.13 2025-05-30=83.77"),
                new Ticker("Anode Coke", UpdateFrequency.MONTHLY, "5.29", "12.86", "12.86",
                        "2026-04-30=84.01 2026-03-31=79.79 2026-02-27=75.72 2026-01-30=74.61 2025-12-31=74.44 "
                                + "2025-11-28=76 2025-10-31=72.75 2025-09-30=71.92 2025-08-29=71.46 "
                                + "2025-07-31=70.35 2025-06-30=67.35 2025-05-30=65.78"),
                new Ticker("Anode", UpdateFrequency.MONTHLY, "-0.22", "-1.93", "-1.93",
                        "2025-11-17=77.79 2025-10-15=77.96 2025-09-15=77.96 2025-08-15=77.96 2025-07-15=77.93 "
                                + "2025-06-16=78.88 2025-05-15=78.88 2025-04-15=78.88 2025-03-17=79.89 "
                                + "2025-02-17=78.97 2025-01-15=78.97 2024-12-16=79.32"),
                // Monthly and the latest print is the first of the year: measured from December.
                new Ticker("Cathode", UpdateFrequency.MONTHLY, "13.59", "13.59", "13.59",
                        "2026-01-15=72.79 2025-12-15=64.08 2025-11-17=62.01 2025-10-15=53.51 2025-09-15=49.5 "
                                + "2025-08-15=47.28 2025-07-15=46.05 2025-06-16=46.05 2025-05-15=48.08 "
                                + "2025-04-15=48.92 2025-03-18=52.79 2025-02-17=50.86"),
                new Ticker("Lithium ion Batteries", UpdateFrequency.MONTHLY, "4.53", "-1.6", "-1.60",
                        "2025-03-31=74.53 2025-02-28=71.3 2025-01-31=71.45 2024-12-31=75.74 2024-11-29=76.98 "
                                + "2024-10-31=77.34 2024-09-30=77.43 2024-08-30=80.56 2024-07-31=82.99 "
                                + "2024-06-28=87.2 2024-05-31=90.7 2024-04-30=93.2"),
                new Ticker("Black Mass", UpdateFrequency.BIWEEKLY, "5.21", "25.5", "25.49",
                        "2026-05-21=54.15 2026-05-07=51.47 2026-04-23=48.63 2026-04-09=48.6 2026-03-26=47.29 "
                                + "2026-03-12=46.18 2026-02-26=45.8 2026-02-12=47.34 2026-01-29=49.57 "
                                + "2026-01-15=43.15 2025-12-31=47.05 2025-12-18=41.51"),
                // Labelled monthly although printed every two weeks: the monthly convention still applies.
                new Ticker("Rare Earths", UpdateFrequency.MONTHLY, "-5.54", "20.73", "20.73",
                        "2026-03-19=172.27 2026-03-05=182.38 2026-02-19=179.86 2026-02-05=155.4 2026-01-22=155.4 "
                                + "2026-01-08=145.37 2025-12-24=142.69 2025-12-11=141.67 2025-11-27=136.29 "
                                + "2025-10-31=132.15 2025-09-30=139.82 2025-08-29=145.27"),
                new Ticker("LFP", UpdateFrequency.MONTHLY, "-10.4", "-2.67", "-2.67",
                        "2025-09-30=111.93 2025-08-29=124.92 2025-07-31=109.9 2025-06-30=100.47 2025-05-30=103.62 "
                                + "2025-04-30=109.47 2025-03-31=115.87 2025-02-28=117.3 2025-01-31=114.57 "
                                + "2024-12-31=115 2024-11-29=117.82 2024-10-31=111.9"),
                new Ticker("NCM High-Nickel", UpdateFrequency.MONTHLY, "2.61", "2.37", "2.38",
                        "2025-09-30=99.44 2025-08-29=96.91 2025-07-31=97.09 2025-06-30=94.93 2025-05-30=97.13 "
                                + "2025-04-30=97.89 2025-03-31=101.4 2025-02-28=93.25 2025-01-31=98.94 "
                                + "2024-12-31=97.13 2024-11-29=98.69 2024-10-31=101.87"),
                new Ticker("NCM Mid-Nickel", UpdateFrequency.MONTHLY, "3.78", "13.78", "13.79",
                        "2025-09-30=103.5 2025-08-29=99.73 2025-07-31=99.19 2025-06-30=96.02 2025-05-30=98.23 "
                                + "2025-04-30=99.24 2025-03-31=101.29 2025-02-28=87.61 2025-01-31=92.44 "
                                + "2024-12-31=90.96 2024-11-29=92.24 2024-10-31=95.09"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tickers")
    void reproducesThePublishedPreviousPrintChange(Ticker ticker) {
        DeltaComputation previous = IndexDeltas.compute(DeltaBasis.PREVIOUS, ascending(ticker.trendNewestFirst()),
                ticker.frequency().yearToDateBase());

        BigDecimal published = new BigDecimal(ticker.publishedPrevious());
        assertEquals(0, published.compareTo(IndexDeltas.roundPercent(previous.percent())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tickers")
    void reproducesThePublishedYearToDateChangeWithinAHundredth(Ticker ticker) {
        DeltaComputation ytd = IndexDeltas.compute(DeltaBasis.YEAR_TO_DATE, ascending(ticker.trendNewestFirst()),
                ticker.frequency().yearToDateBase());

        if (ticker.expectedYtd() == null) {
            assertFalse(ytd.isKnown());
            return;
        }
        BigDecimal rounded = IndexDeltas.roundPercent(ytd.percent());
        assertEquals(new BigDecimal(ticker.expectedYtd()), rounded);
        BigDecimal gap = rounded.subtract(new BigDecimal(ticker.publishedYtd())).abs();
        assertTrue(gap.compareTo(ONE_HUNDREDTH) <= 0, () -> "off the published figure by " + gap);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tickers")
    void rebuildsThePublishedTrendNewestFirst(Ticker ticker) {
        List<Print> prints = ascending(ticker.trendNewestFirst());

        List<Print> trend = IndexDeltas.trend(prints, 12);

        assertEquals(prints.get(prints.size() - 1), trend.get(0));
        assertEquals(prints.get(0), trend.get(11));
    }
}
