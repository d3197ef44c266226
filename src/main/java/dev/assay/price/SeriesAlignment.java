package dev.assay.price;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Lines series up on their common dates and correlates their returns. */
public final class SeriesAlignment {

    /** Decimals kept for correlations. */
    public static final int CORRELATION_SCALE = 6;

    private SeriesAlignment() {
    }

    /**
     * The dates on which every series has a print, ascending, with each series' values on them; keys keep the
     * map's iteration order. No series at all gives no dates.
     *
     * @throws IllegalArgumentException if a series is not sorted ascending with unique dates
     */
    public static AlignedSeries align(Map<String, List<Print>> seriesByKey) {
        Objects.requireNonNull(seriesByKey, "seriesByKey");
        Set<LocalDate> common = null;
        for (List<Print> series : seriesByKey.values()) {
            PrintLookup.requireAscending(series);
            Set<LocalDate> dates = new TreeSet<>(series.stream().map(Print::date).toList());
            if (common == null) {
                common = dates;
            } else {
                common.retainAll(dates);
            }
        }
        List<LocalDate> dates = common == null ? List.of() : List.copyOf(common);
        Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        seriesByKey.forEach((key, series) -> values.put(key, valuesOn(dates, series)));
        return new AlignedSeries(dates, values);
    }

    /**
     * Pearson correlation, between -1 and 1, of the simple returns of two aligned value series, rounded half-up to
     * {@value #CORRELATION_SCALE} decimals.
     *
     * @return null with fewer than three points, a zero value, or a series whose returns do not vary
     * @throws IllegalArgumentException if the series differ in length
     */
    public static BigDecimal correlation(List<BigDecimal> a, List<BigDecimal> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("Aligned series must have equal lengths, not " + a.size() + " and "
                    + b.size() + ".");
        }
        if (a.size() < 3) {
            return null;
        }
        List<BigDecimal> returnsA = PeriodReturns.percent(a);
        List<BigDecimal> returnsB = PeriodReturns.percent(b);
        if (returnsA == null || returnsB == null) {
            return null;
        }
        BigDecimal meanA = PeriodReturns.mean(returnsA);
        BigDecimal meanB = PeriodReturns.mean(returnsB);
        BigDecimal covariance = BigDecimal.ZERO;
        BigDecimal varianceA = BigDecimal.ZERO;
        BigDecimal varianceB = BigDecimal.ZERO;
        for (int i = 0; i < returnsA.size(); i++) {
            BigDecimal da = returnsA.get(i).subtract(meanA);
            BigDecimal db = returnsB.get(i).subtract(meanB);
            covariance = covariance.add(da.multiply(db, MathContext.DECIMAL64));
            varianceA = varianceA.add(da.multiply(da, MathContext.DECIMAL64));
            varianceB = varianceB.add(db.multiply(db, MathContext.DECIMAL64));
        }
        if (varianceA.signum() == 0 || varianceB.signum() == 0) {
            return null;
        }
        BigDecimal denominator = varianceA.multiply(varianceB, MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64);
        BigDecimal correlation = covariance.divide(denominator, MathContext.DECIMAL64);
        // Rounding can push a perfect correlation a hair past the bounds.
        return correlation.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE)
                .setScale(CORRELATION_SCALE, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> valuesOn(List<LocalDate> dates, List<Print> series) {
        Map<LocalDate, BigDecimal> byDate = new HashMap<>();
        series.forEach(p -> byDate.put(p.date(), p.value()));
        List<BigDecimal> values = new ArrayList<>(dates.size());
        dates.forEach(d -> values.add(byDate.get(d)));
        return values;
    }
}
