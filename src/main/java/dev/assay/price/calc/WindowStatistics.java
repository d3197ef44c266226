package dev.assay.price.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Summary of a run of prints. Prices ({@code first}, {@code last}, {@code min}, {@code max}, {@code mean}) are in
 * index units; {@code volatility} is the sample standard deviation of print-to-print returns in percent (not
 * annualised), {@code maxDrawdown} the largest peak-to-trough fall in percent (zero or negative), {@code cagr}
 * the compound annual growth rate in percent per year. Nullable: {@code volatility} and {@code cagr}.
 */
public record WindowStatistics(LocalDate from, LocalDate to, int count, BigDecimal first, BigDecimal last,
        BigDecimal min, LocalDate minDate, BigDecimal max, LocalDate maxDate, BigDecimal mean, BigDecimal volatility,
        BigDecimal maxDrawdown, BigDecimal cagr) {

    /** Decimals kept for the mean price. */
    public static final int MEAN_SCALE = 6;
    /** Decimals kept for the percentages: volatility, drawdown and growth rate. */
    public static final int PERCENT_SCALE = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double DAYS_PER_YEAR = 365.25;

    /**
     * Statistics over all of {@code ascending}; the caller picks the window. The earliest date wins when the
     * minimum or maximum occurs more than once. {@code volatility} is null with fewer than three prints or a zero
     * print; {@code cagr} is null when the span is under a day, the first print is not positive, the last print is
     * negative, or the annualised figure overflows.
     *
     * @throws IllegalArgumentException if {@code ascending} is empty or not sorted ascending with unique dates
     */
    public static WindowStatistics of(List<Print> ascending) {
        Objects.requireNonNull(ascending, "ascending");
        if (ascending.isEmpty()) {
            throw new IllegalArgumentException("Statistics need at least one print.");
        }
        PrintLookup.requireAscending(ascending);
        Print first = ascending.get(0);
        Print last = ascending.get(ascending.size() - 1);
        Print min = first;
        Print max = first;
        for (Print print : ascending) {
            if (print.value().compareTo(min.value()) < 0) {
                min = print;
            }
            if (print.value().compareTo(max.value()) > 0) {
                max = print;
            }
        }
        List<BigDecimal> values = ascending.stream().map(Print::value).toList();
        return new WindowStatistics(first.date(), last.date(), ascending.size(), first.value(), last.value(),
                min.value(), min.date(), max.value(), max.date(),
                PeriodReturns.mean(values).setScale(MEAN_SCALE, RoundingMode.HALF_UP),
                volatility(values), maxDrawdown(values), cagr(first, last));
    }

    private static BigDecimal volatility(List<BigDecimal> values) {
        if (values.size() < 3) {
            return null;
        }
        List<BigDecimal> returns = PeriodReturns.percent(values);
        if (returns == null) {
            return null;
        }
        BigDecimal mean = PeriodReturns.mean(returns);
        BigDecimal squares = returns.stream()
                .map(r -> r.subtract(mean).pow(2, MathContext.DECIMAL64))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal variance = squares.divide(BigDecimal.valueOf(returns.size() - 1L), MathContext.DECIMAL64);
        return variance.sqrt(MathContext.DECIMAL64).setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal maxDrawdown(List<BigDecimal> values) {
        BigDecimal peak = values.get(0);
        BigDecimal deepest = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            if (value.compareTo(peak) > 0) {
                peak = value;
            }
            // A fall from a non-positive peak has no meaningful percentage.
            if (peak.signum() > 0) {
                BigDecimal drawdown = value.subtract(peak).multiply(HUNDRED).divide(peak, MathContext.DECIMAL64);
                deepest = deepest.min(drawdown);
            }
        }
        return deepest.setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal cagr(Print first, Print last) {
        long days = ChronoUnit.DAYS.between(first.date(), last.date());
        if (days < 1 || first.value().signum() <= 0 || last.value().signum() < 0) {
            return null;
        }
        BigDecimal ratio = last.value().divide(first.value(), MathContext.DECIMAL64);
        // A fractional power needs double; the result is converted straight back.
        double growth = (Math.pow(ratio.doubleValue(), DAYS_PER_YEAR / days) - 1) * 100;
        if (!Double.isFinite(growth)) {
            return null;
        }
        return BigDecimal.valueOf(growth).setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
    }
}
