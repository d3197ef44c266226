package dev.assay.price.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** Correlates the returns of two series aligned on common dates (see {@link AlignedSeries}). */
public final class ReturnCorrelation {

    /** Decimals kept for correlations. */
    public static final int CORRELATION_SCALE = 6;

    private ReturnCorrelation() {
    }

    /**
     * Pearson correlation, between -1 and 1, of the simple returns of two aligned value series, rounded half-up to
     * {@value #CORRELATION_SCALE} decimals.
     *
     * @return null with fewer than three points, a zero value, or a series whose returns do not vary
     * @throws IllegalArgumentException if the series differ in length
     */
    public static BigDecimal of(List<BigDecimal> a, List<BigDecimal> b) {
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
}
