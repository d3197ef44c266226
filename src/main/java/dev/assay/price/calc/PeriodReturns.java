package dev.assay.price.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Simple returns between consecutive values, in percent. */
final class PeriodReturns {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PeriodReturns() {
    }

    /** The n - 1 returns of n values, or null when a zero value leaves a return undefined. */
    static List<BigDecimal> percent(List<BigDecimal> values) {
        List<BigDecimal> returns = new ArrayList<>(Math.max(0, values.size() - 1));
        for (int i = 1; i < values.size(); i++) {
            BigDecimal previous = values.get(i - 1);
            if (previous.signum() == 0) {
                return null;
            }
            returns.add(values.get(i).subtract(previous).multiply(HUNDRED).divide(previous, MathContext.DECIMAL64));
        }
        return returns;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
    }
}
